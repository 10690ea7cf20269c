package talkgraph.neo4j;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves Neo4j Browser (the static files of {@code org.neo4j.client:neo4j-browser},
 * under {@code browser/} on the classpath) on 127.0.0.1, because the embedded
 * engine has no HTTP server of its own. The Browser talks to the database over
 * Bolt (WebSocket on the Bolt port); {@code GET /} with {@code Accept: application/json}
 * answers the discovery document that tells it where Bolt is.
 */
final class BrowserServer {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("ttf", "font/ttf"),
      Map.entry("map", "application/json"));

  private BrowserServer() {}

  /** Starts serving; returns the server (its address says the port when 0 was asked for). */
  static HttpServer start(int port, int boltPort, String version) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    String discovery = String.format(
        "{\"bolt_direct\":\"bolt://127.0.0.1:%d\",\"bolt_routing\":\"neo4j://127.0.0.1:%d\","
            + "\"neo4j_version\":\"%s\",\"neo4j_edition\":\"community\"}",
        boltPort, boltPort, version);
    server.createContext("/", exchange -> {
      try (exchange) {
        handle(exchange, discovery);
      }
    });
    server.start();
    return server;
  }

  private static void handle(HttpExchange ex, String discovery) throws IOException {
    if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
      send(ex, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
      return;
    }
    String path = ex.getRequestURI().getPath();
    if (path.equals("/")) {
      String accept = String.valueOf(ex.getRequestHeaders().getFirst("Accept"));
      if (accept.contains("application/json")) {
        send(ex, 200, "application/json", discovery.getBytes(StandardCharsets.UTF_8));
      } else {
        ex.getResponseHeaders().set("Location", "/browser/");
        send(ex, 302, "text/plain; charset=utf-8", new byte[0]);
      }
      return;
    }
    if (path.equals("/browser")) path = "/browser/";
    if (!path.startsWith("/browser/") || path.contains("..") || path.contains("//")) {
      send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
      return;
    }
    String resource = path.substring(1) + (path.endsWith("/") ? "index.html" : "");
    try (InputStream in = BrowserServer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String ext = resource.substring(resource.lastIndexOf('.') + 1);
      send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
