package territorymap.render;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample images to a folder, to look at: {@code WriteSamples DIR}. */
public final class WriteSamples {

  private WriteSamples() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/map-samples");
    Files.createDirectories(dir);
    for (boolean uk : new boolean[] {false, true}) {
      MapImage image = AlaskaMap.build(uk);
      String suffix = uk ? "-uk" : "";
      Files.write(dir.resolve("alaska-card" + suffix + ".png"), MapRenderer.png(image, ImageSize.SOCIAL_CARD));
      Files.writeString(dir.resolve("alaska-card" + suffix + ".svg"), MapRenderer.svg(image, ImageSize.SOCIAL_CARD));
      Files.write(dir.resolve("alaska-print" + suffix + ".png"), MapRenderer.png(image, ImageSize.PRINT));
    }
  }
}
