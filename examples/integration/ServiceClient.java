// Call the dibao-rules service (`dibao serve`) from Java with java.net.http only (JDK 11+, no libraries).
//
// Posts every household of a JSON Lines file to POST /assess together with one policy file, all requests
// in flight at once over one HttpClient (HTTP/1.1 keep-alive), and prints one tab-separated line per
// household in input order: its id, its class and its monthly 低保金 ("-" when none). A household the
// service refuses (422) prints the JSON path and the Chinese message of each issue on stderr; the exit code
// is then 1. A real system maps the JSON with Jackson or Gson against the published schemas
// (GET /schemas/<name>.json, GET /openapi.json); this example reads the three fields it prints with
// patterns so that it runs with the JDK alone.
//
//   npx dibao serve --port 8080 &
//   java examples/integration/ServiceClient.java http://127.0.0.1:8080 examples/households.jsonl examples/policy-changchun.json
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ServiceClient {
    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CLASS = Pattern.compile("\"class\":\"([a-zA-Z]+)\",\"basis\"");
    private static final Pattern TOTAL = Pattern.compile("\"totalPerMonth\":\"([0-9.]+)\"");
    private static final Pattern ISSUE = Pattern.compile("\\{\"path\":\"((?:[^\"\\\\]|\\\\.)*)\",\"code\":\"[a-z_]+\",\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java ServiceClient.java <base-url> <households.jsonl> <policy.json>");
            System.exit(2);
        }
        String base = args[0];
        String policy = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).trim();
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            // The request body is the assess-request document { "household": …, "policy": … }.
            String body = "{\"household\":" + line.trim() + ",\"policy\":" + policy + "}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/assess"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }

        int refused = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            String json = response.body();
            if (response.statusCode() == 422) {
                refused++;
                Matcher issue = ISSUE.matcher(json);
                while (issue.find()) System.err.println(issue.group(1) + ": " + issue.group(2));
                continue;
            }
            if (response.statusCode() != 200) {
                System.err.println("unexpected answer " + response.statusCode() + ": " + json);
                System.exit(3);
            }
            Matcher id = ID.matcher(json);
            Matcher cls = CLASS.matcher(json);
            Matcher total = TOTAL.matcher(json);
            System.out.println((id.find() ? id.group(1) : "") + "\t" + (cls.find() ? cls.group(1) : "?") + "\t"
                    + (total.find() ? total.group(1) : "-"));
        }
        System.exit(refused > 0 ? 1 : 0);
    }
}
