package territorymap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import territorymap.render.AlaskaMap;
import territorymap.render.ImageSize;
import territorymap.render.MapImage;
import territorymap.render.MapRenderer;

/**
 * Render time per image of the server's map images ({@code territorymap.render}), on the Alaska
 * map of the shipped data (54 areas, 27 borders, the line of contact, 60 places): the PNG drawn
 * (Java2D only), the PNG drawn and encoded, and the SVG, at the social card's size and at the
 * print size. Each kind is warmed up, then timed one render at a time; prints the median, the
 * 90th percentile, the best, the median CPU time of the rendering thread, and the ratios between
 * kinds measured in this run.
 *
 * <p>Usage: {@code RenderBenchmark [warm-up seconds per kind, default 5] [timed renders per kind,
 * default 40]}.
 */
public final class RenderBenchmark {

  private RenderBenchmark() {}

  public static void main(String[] args) {
    double warmupSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    int renders = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    MapImage image = AlaskaMap.build(false);
    System.out.printf(Locale.ROOT, "%-26s %10s %10s %10s %12s %10s%n", "kind", "median ms", "p90 ms", "best ms",
        "cpu med. ms", "bytes");
    double[] cardPng = run("PNG 1200x630", () -> MapRenderer.png(image, ImageSize.SOCIAL_CARD).length, warmupSeconds, renders);
    double[] cardDraw = run("PNG 1200x630, draw only", () -> MapRenderer.image(image, ImageSize.SOCIAL_CARD).getWidth(), warmupSeconds, renders);
    double[] cardSvg = run("SVG 1200x630", () -> MapRenderer.svg(image, ImageSize.SOCIAL_CARD).length(), warmupSeconds, renders);
    double[] printPng = run("PNG 2480x1754", () -> MapRenderer.png(image, ImageSize.PRINT).length, warmupSeconds, renders);
    double[] printSvg = run("SVG 2480x1754", () -> MapRenderer.svg(image, ImageSize.PRINT).length(), warmupSeconds, renders);
    System.out.printf(Locale.ROOT, "%nratios (median CPU times): card PNG / card SVG = %.1f; drawing / PNG with encoding"
        + " = %.2f; print PNG / card PNG = %.1f; print SVG / card SVG = %.1f%n",
        cardPng[3] / cardSvg[3], cardDraw[3] / cardPng[3], printPng[3] / cardPng[3], printSvg[3] / cardSvg[3]);
    System.out.printf(Locale.ROOT, "targets (median wall time; CPU time in brackets): card PNG %.1f ms (%.1f), target < 150:"
        + " %s; card SVG %.1f ms (%.1f), target < 30: %s%n", cardPng[0], cardPng[3], cardPng[0] < 150 ? "met" : "NOT met",
        cardSvg[0], cardSvg[3], cardSvg[0] < 30 ? "met" : "NOT met");
    System.out.printf(Locale.ROOT, "machine: %d cores, %s %s; one thread%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"), System.getProperty("java.version"));
  }

  /**
   * Warms up, then times single renders; returns {median, p90, best, median CPU time} in ms and
   * prints them. The CPU time is this thread's ({@link ThreadMXBean}): on a machine shared with
   * other busy processes it moves far less than the wall-clock time (it leaves out the garbage
   * collector's own threads).
   */
  private static double[] run(String kind, Supplier<Integer> render, double warmupSeconds, int renders) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
    int bytes = 0;
    while (System.nanoTime() < until) {
      bytes = render.get();
    }
    double[] ms = new double[renders];
    double[] cpu = new double[renders];
    for (int i = 0; i < renders; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      bytes = render.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    double[] result = {ms[renders / 2], ms[(int) Math.ceil(renders * 0.9) - 1], ms[0], cpu[renders / 2]};
    System.out.printf(Locale.ROOT, "%-26s %10.1f %10.1f %10.1f %12.1f %10d%n", kind, result[0], result[1], result[2],
        result[3], bytes);
    return result;
  }
}
