// Assess households from Java through the `dibao` CLI: JSON Lines to stdin, one JSON line back per
// household, in input order. JDK 11+ only, no libraries (a real system parses the lines with Jackson or
// Gson; see docs/integration.md).
//
//   java examples/integration/AssessCli.java examples/households.jsonl examples/policy-changchun.json
//
// Environment: DIBAO = the command (default "npx dibao").
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class AssessCli {
    // Enough for this demo: the household class and the 低保金 total from each result line.
    private static final Pattern CLASS = Pattern.compile("\"result\":\\{.*?\"class\":\"([a-zA-Z]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"totalPerMonth\":\"([0-9.]+)\"");
    private static final Pattern LINE = Pattern.compile("^\\{\"line\":([0-9]+)");

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: java AssessCli.java <households.jsonl> <policy.json>");
            System.exit(2);
        }
        String dibao = System.getenv().getOrDefault("DIBAO", "npx dibao");
        List<String> cmd = new ArrayList<>(Arrays.asList(dibao.trim().split("\\s+")));
        cmd.addAll(List.of("assess", "-", "--policy", args[1], "--quiet"));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();

        // Write in a thread so a large batch never blocks on a full pipe.
        Thread writer = new Thread(() -> {
            try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) w.write(line + "\n");
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        writer.start();

        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String out;
            while ((out = r.readLine()) != null) {
                Matcher line = LINE.matcher(out);
                String n = line.find() ? line.group(1) : "?";
                if (out.contains("\"error\":{")) {
                    System.out.println(n + "\tERROR\t" + out);
                    continue;
                }
                Matcher c = CLASS.matcher(out);
                Matcher t = TOTAL.matcher(out);
                System.out.println(n + "\t" + (c.find() ? c.group(1) : "?") + "\t" + (t.find() ? t.group(1) : "-"));
            }
        }
        writer.join();
        int code = p.waitFor(); // 0 all ok, 1 some record failed (see its line), 2 usage error
        System.exit(code);
    }
}
