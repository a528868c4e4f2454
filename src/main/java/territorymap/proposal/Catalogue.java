package territorymap.proposal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import territorymap.territory.Atlas;

/**
 * Every proposal there is, each as one {@link ProposalVersion}: what proposals say, not what they
 * amount to (that is {@code figures}).
 *
 * <p>Two kinds of proposal: the seeded ones, read from {@code seeds/proposals/} when the catalogue
 * loads and read-only; and those made through the API, kept in a {@link ProposalStore} and read
 * from it on every request, so that several instances can share one store. A stored definition is
 * parsed once per text: the version read last for each id is kept and reused while the store
 * holds the same text. A seeded definition that cannot be read, names an unknown region or layer,
 * or uses an id twice stops the load with a {@link DefinitionException} naming the file and the field.
 * A stored definition whose layer is not loaded is kept, listed, and answered with
 * {@link LayerNotLoadedException} where it would be evaluated.
 */
public final class Catalogue {

  /** The atlas in use, which may gain layers while the service runs. */
  private final Supplier<Atlas> atlas;
  private final ProposalReader reader;
  /** Reads stored definitions as written, on any layer: whether it is loaded is checked after. */
  private final ProposalReader storedReader;
  private final Map<String, ProposalVersion> seeded;
  private final ProposalStore store;
  /** The stored proposals as last read, by id: parsed again only when their text changes. */
  private final Map<String, ProposalVersion> stored = new ConcurrentHashMap<>();

  private Catalogue(Supplier<Atlas> atlas, ProposalReader reader, Map<String, ProposalVersion> seeded, ProposalStore store) {
    this.atlas = atlas;
    this.reader = reader;
    this.storedReader = new ProposalReader(code -> atlas.get().boundaries().find(code).isPresent());
    this.seeded = seeded;
    this.store = store;
  }

  /**
   * Reads and checks every {@code *.json} definition in a folder.
   *
   * @param store where proposals made through the API are kept ({@link ProposalStore#NONE} for none)
   */
  public static Catalogue load(Path folder, Atlas atlas, ProposalStore store) {
    return load(folder, () -> atlas, store);
  }

  /**
   * Reads and checks every {@code *.json} definition in a folder, against the atlas in use, which
   * may gain layers later (a definition may then name one of them).
   */
  public static Catalogue load(Path folder, Supplier<Atlas> atlas, ProposalStore store) {
    ProposalReader reader = new ProposalReader(atlas);
    Map<String, ProposalVersion> seeded = new LinkedHashMap<>();
    for (Proposal proposal : reader.readFolder(folder)) {
      seeded.put(proposal.id(), new ProposalVersion(proposal, "seed:" + proposal.id(), true));
    }
    return new Catalogue(atlas, reader, seeded, store);
  }

  /** The seeded proposals only, with no store. */
  public static Catalogue load(Path folder, Atlas atlas) {
    return load(folder, atlas, ProposalStore.NONE);
  }

  /** The boundaries and layers definitions are read and evaluated against. */
  public Atlas atlas() {
    return atlas.get();
  }

  /** The reader of definitions: regions and layer checked against the atlas. */
  public ProposalReader reader() {
    return reader;
  }

  ProposalStore store() {
    return store;
  }

  /** The seeded proposals, in file-name order. */
  public List<ProposalVersion> seeded() {
    return List.copyOf(seeded.values());
  }

  public boolean isSeeded(String id) {
    return seeded.containsKey(id);
  }

  /**
   * Every proposal: the seeded ones, then the stored ones by id.
   *
   * @throws StoreUnavailableException if the store cannot be read
   */
  public List<ProposalVersion> all() {
    List<ProposalVersion> all = new ArrayList<>(seeded.values());
    List<ProposalStore.Stored> rows = store.all();
    for (ProposalStore.Stored row : rows) {
      all.add(version(row));
    }
    Set<String> ids = rows.stream().map(ProposalStore.Stored::id).collect(Collectors.toSet());
    stored.keySet().retainAll(ids);
    return all;
  }

  /**
   * A page of the stored proposals, by id ({@link ProposalStore#page}): their ids, titles, layers
   * and revisions, not their definitions.
   *
   * @throws StoreUnavailableException if the store cannot be read
   */
  public List<ProposalStore.Listed> storedPage(String after, String search, int limit) {
    return store.page(after, search, limit);
  }

  /**
   * A proposal made through the API as stored, with its revision; empty for a seeded id or none.
   *
   * @throws StoreUnavailableException if the store cannot be read
   */
  public Optional<ProposalStore.Stored> stored(String id) {
    return seeded.containsKey(id) ? Optional.empty() : store.find(id);
  }

  /**
   * A stored proposal as a version, with the revision that version is.
   *
   * @param revision the stored revision the version was read from
   */
  public record StoredVersion(ProposalVersion version, long revision) {}

  /**
   * A proposal made through the API as a version, with its revision; empty for a seeded id or none.
   * Read afresh and not kept: what the list asks for once per version, for thousands of them, so
   * they must not pile up here.
   *
   * @throws LayerNotLoadedException if its layer is not loaded
   * @throws StoreUnavailableException if the store cannot be read
   */
  public Optional<StoredVersion> storedVersion(String id) {
    return stored(id).map(row -> {
      ProposalVersion known = stored.get(row.id());
      String fingerprint = fingerprint(row);
      return new StoredVersion(known != null && known.fingerprint().equals(fingerprint) ? known
          : read(row, fingerprint), row.revision());
    });
  }

  /** @throws StoreUnavailableException if the id is not seeded and the store cannot be read */
  public Optional<ProposalVersion> find(String id) {
    ProposalVersion version = seeded.get(id);
    if (version != null) {
      return Optional.of(version);
    }
    return store.find(id).map(this::version);
  }

  /** Drops the version kept of a deleted proposal. */
  void forget(String id) {
    stored.remove(id);
  }

  /** @throws UnknownProposalException if there is no such proposal */
  public ProposalVersion get(String id) {
    return find(id).orElseThrow(() -> new UnknownProposalException(id));
  }

  /**
   * A stored definition as a version: the one read before if the text is the same.
   *
   * @throws LayerNotLoadedException if its layer is not loaded
   */
  private ProposalVersion version(ProposalStore.Stored row) {
    String fingerprint = fingerprint(row);
    ProposalVersion known = stored.get(row.id());
    if (known != null && known.fingerprint().equals(fingerprint)) {
      return known;
    }
    ProposalVersion version = read(row, fingerprint);
    stored.put(row.id(), version);
    return version;
  }

  private static String fingerprint(ProposalStore.Stored row) {
    return "user:" + row.id() + ":" + sha256(row.definition());
  }

  /** @throws LayerNotLoadedException if its layer is not loaded */
  private ProposalVersion read(ProposalStore.Stored row, String fingerprint) {
    Proposal proposal = storedReader.read(row.definition(), "stored proposal " + row.id());
    if (!atlas.get().hasLayer(proposal.layer())) {
      throw new LayerNotLoadedException(row.id(), proposal.layer(), atlas.get().dates());
    }
    return new ProposalVersion(proposal, fingerprint, false);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
