package territorymap.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Map;
import territorymap.figures.Allocation;
import territorymap.figures.AreaReport;
import territorymap.figures.Figure;
import territorymap.proposal.Party;
import territorymap.proposal.Regime;
import territorymap.proposal.Text;
import territorymap.proposal.WireName;

/**
 * The service's one JSON configuration: ISO dates, records as objects, and how the domain's values
 * are written, in one place. Holders, regimes, recognitions and rules are written by their wire
 * names ({@code "russia"}, {@code "in-law"}), as values and as map keys; a share's {@code
 * thirdParty} only where it has one; a share's assignment as its index, or -1 for territory no
 * assignment names; a region's figures without their shares of all
 * Ukraine, which nobody reads region by region and which would make up a third of a report.
 */
public final class Json {

  static final String GEOJSON = "application/geo+json";

  static final ObjectMapper MAPPER = configure(new ObjectMapper());

  private Json() {}

  /** The configuration on a mapper (the command line adds indentation to it). */
  static ObjectMapper configure(ObjectMapper mapper) {
    SimpleModule domain = new SimpleModule("territory-map");
    domain.addSerializer(WireName.class, new JsonSerializer<>() {
      @Override
      public void serialize(WireName value, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeString(value.id());
      }
    });
    JsonSerializer<WireName> key = new JsonSerializer<>() {
      @Override
      public void serialize(WireName value, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeFieldName(value.id());
      }
    };
    domain.addKeySerializer(Party.class, key);
    domain.addKeySerializer(Regime.class, key);
    domain.addSerializer(Allocation.Origin.class, new JsonSerializer<>() {
      @Override
      public void serialize(Allocation.Origin value, JsonGenerator out, SerializerProvider provider)
          throws IOException {
        out.writeNumber(assignmentIndex(value));
      }
    });
    domain.setMixInAnnotation(AreaReport.RegionFigures.class, RegionFiguresMixIn.class);
    domain.setMixInAnnotation(Text.class, TextMixIn.class);
    domain.setMixInAnnotation(AreaReport.ShareFigure.class, ShareFigureMixIn.class);
    return mapper.registerModule(new JavaTimeModule())
        .registerModule(domain)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS); // ISO 8601, e.g. PT6H
  }

  /** A share's origin on the wire: the assignment's index, or -1 for territory no assignment names. */
  static int assignmentIndex(Allocation.Origin origin) {
    return origin instanceof Allocation.Origin.Assigned assigned ? assigned.index() : -1;
  }

  /** A text as {@code {"en": …, "uk": …}}, with only the languages it has. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private abstract static class TextMixIn {}

  /** A share with {@code thirdParty} only where the holder is a third party. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private abstract static class ShareFigureMixIn {}

  /** A region's areas in km² on both bases, without their shares of all Ukraine. */
  private abstract static class RegionFiguresMixIn {
    @JsonIgnoreProperties({"percent", "officialPercent"})
    abstract Figure area();

    @JsonIgnoreProperties({"percent", "officialPercent"})
    abstract Figure occupied();

    @JsonIgnoreProperties({"percent", "officialPercent"})
    abstract Map<Party, Figure> parties();
  }

  /** A value as indented JSON text, as the command line prints it. */
  public static String indented(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** A value as UTF-8 JSON bytes, for responses that are rendered once and then served. */
  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
