package talkgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts the Neo4j Community engine embedded, with only a Bolt connector on
 * 127.0.0.1, so talkgraph has a real Neo4j where there is no Docker engine.
 *
 * <p>Usage: {@code Launcher --data DIR [--port N] [--http-port N] [--exit-on-stdin-eof]}.
 * With --http-port, Neo4j Browser is served there (see BrowserServer). Port 0
 * picks a free port (the printed URI tells which). Auth is on when the env
 * NEO4J_PASSWORD is set (user neo4j gets that password), off otherwise.
 * Nothing is reported or broadcast: usage reporting is off and no other
 * connector or routing listener is opened.
 *
 * <p>Prints {@code talkgraph-neo4j ready bolt://127.0.0.1:PORT} once Bolt
 * accepts connections; SIGINT/SIGTERM (or, with --exit-on-stdin-eof, the parent
 * closing our stdin) shut the engine down cleanly.
 */
public final class Launcher {
  /** What the Browser's discovery document reports (pom.xml's neo4j.version). */
  private static final String NEO4J_VERSION = "5.26";

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    Path data = Path.of(require(opts, "--data")).toAbsolutePath();
    int port = Integer.parseInt(opts.getOrDefault("--port", "7687"));
    String password = System.getenv("NEO4J_PASSWORD");
    boolean auth = password != null && !password.isEmpty();
    Files.createDirectories(data);

    long started = System.nanoTime();
    DatabaseManagementService dbms = startOrExit(data, port, auth, opts);

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("talkgraph-neo4j stopping");
      dbms.shutdown();
      System.out.println("talkgraph-neo4j stopped");
      System.out.flush();
      stopped.countDown();
    }, "talkgraph-neo4j-shutdown"));

    if (auth) setPassword(dbms, password);

    GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    var bolt = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT);
    long ms = (System.nanoTime() - started) / 1_000_000;
    String browser = "";
    if (opts.containsKey("--http-port")) {
      var http = BrowserServer.start(Integer.parseInt(opts.get("--http-port")), bolt.getPort(), NEO4J_VERSION);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> http.stop(0), "talkgraph-neo4j-browser-stop"));
      browser = String.format(", Neo4j Browser http://127.0.0.1:%d/browser/", http.getAddress().getPort());
    }
    System.out.printf("talkgraph-neo4j ready bolt://127.0.0.1:%d (auth %s, data %s, %d ms%s)%n",
        bolt.getPort(), auth ? "on" : "off", data, ms, browser);
    System.out.flush();

    if (opts.containsKey("--exit-on-stdin-eof")) watchStdin();
    stopped.await();
  }

  /** One line a user can act on (port taken, data dir locked by another Neo4j) instead of a stack trace. */
  private static DatabaseManagementService startOrExit(Path data, int port, boolean auth, Map<String, String> opts) {
    try {
      return start(data, port, auth, opts);
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) root = root.getCause();
      System.err.println("talkgraph-neo4j: cannot start: " + e.getMessage() + " (" + root.getMessage() + ")");
      System.exit(1);
      throw e;
    }
  }

  private static DatabaseManagementService start(Path data, int port, boolean auth, Map<String, String> opts) {
    return new DatabaseManagementServiceBuilder(data)
        .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.routing_enabled, false)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, auth)
        // Small by default: talkgraph's graphs are small and tests share 2 cores.
        .setConfig(GraphDatabaseSettings.pagecache_memory, mib(opts.getOrDefault("--pagecache-mb", "128")))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        // The transaction log is for crash recovery here (no backups, no
        // clusters): Neo4j's default keeps 2 days of it, which for a bulk
        // ingest is gigabytes (7.3 GB for 1k documents). Keep two small files,
        // and checkpoint often enough that older ones can go.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, mib("16"))
        .setConfig(GraphDatabaseSettings.check_point_interval_volume, mib("32"))
        .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(1))
        // Stop in about a second instead of waiting out idle connections.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
        .build();
  }

  /** Embedded, there is no neo4j-admin set-initial-password; the system database does it. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
  }

  /** A parent that dies without signalling us (a killed test runner) closes our stdin: stop then. */
  private static void watchStdin() {
    Thread t = new Thread(() -> {
      try (InputStream in = System.in) {
        while (in.read() != -1) {
          // ignore input; only its end matters
        }
      } catch (IOException ignored) {
        // treated as end of input
      }
      System.exit(0);
    }, "talkgraph-neo4j-stdin");
    t.setDaemon(true);
    t.start();
  }

  private static long mib(String n) {
    return Long.parseLong(n) * 1024L * 1024L;
  }

  private static Map<String, String> parse(String[] args) {
    var out = new java.util.HashMap<String, String>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--exit-on-stdin-eof")) out.put(a, "");
      else if (a.startsWith("--") && i + 1 < args.length) out.put(a, args[++i]);
      else throw new IllegalArgumentException("unknown argument: " + a);
    }
    return out;
  }

  private static String require(Map<String, String> opts, String key) {
    String v = opts.get(key);
    if (v == null) throw new IllegalArgumentException("missing " + key + " DIR");
    return v;
  }
}
