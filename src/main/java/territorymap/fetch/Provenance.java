package territorymap.fetch;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a fetched layer came from, written into its file and shown as the layer's source.
 *
 * @param date the layer's date (Kyiv time for DeepStateMap snapshots; the archive's own date)
 * @param source the source it was fetched from
 * @param url the URL fetched
 * @param upstreamId the snapshot's id upstream (DeepStateMap: its time in epoch seconds; the
 *     archive: the feature's index)
 * @param upstreamTime the snapshot's time as upstream gives it (an instant, or the archive's date)
 * @param fetchedAt when it was fetched
 * @param sha256 the SHA-256 of the bytes fetched (the snapshot, or the whole archive), hex
 * @param etag the entity tag the server gave the bytes, or {@code null}
 */
public record Provenance(LocalDate date, FetchSource source, URI url, String upstreamId, String upstreamTime,
    Instant fetchedAt, String sha256, String etag) {

  /** The licence notice every fetched file carries. */
  public static final String LICENCE = "DeepStateMap's data belong to DeepStateMap (DEEPSTATEUATECH LLC)"
      + " under its own licence agreement (https://deepstatemap.live). Fetched by the user for their own"
      + " use; Territory Map ships none of it. Do not republish without DeepStateMap's permission.";

  /** One line for a layer's source in every figure: who, which snapshot, from where, when, which bytes. */
  public String summary() {
    String what = source == FetchSource.DEEPSTATE
        ? "DeepStateMap snapshot " + upstreamId + " of " + upstreamTime
        : "DeepStateMap layer of " + upstreamTime + " (daily archive cyterat/deepstate-map-data)";
    return what + ", " + url + ", fetched " + fetchedAt + ", sha256 " + sha256.substring(0, 12);
  }
}
