using System.Diagnostics;
using System.Text.Json;

namespace Publications.Web.Tests.Infrastructure;

/// <summary>
/// The Nu Html Checker (vnu.jar, from the npm package vnu-jar) run with the machine's Java. Found through
/// PUBLICATIONS_VNU_JAR, else node_modules beside Publications.sln, the user's cache (where .ci/run installs it), or the
/// global npm folders. Missing Java or jar skips the caller, unless PUBLICATIONS_REQUIRE_BROWSER=1 (CI), where it fails.
/// </summary>
public static class NuHtmlChecker
{
    /// <summary>The checker's tests run alone (a JVM beside Chromium starves a small machine), after the parallel ones.</summary>
    public const string Collection = "Nu Html Checker";

    private const string JarInPackage = "node_modules/vnu-jar/build/dist/vnu.jar";

    /// <summary>One message of the checker: type is "error", "info" (subType "warning" for warnings) or "non-document-error".</summary>
    public sealed record Message(string File, string Type, string? SubType, int Line, string Text, string? Extract)
    {
        public bool IsError => Type is "error" or "non-document-error";

        public override string ToString() =>
            $"{File}:{Line}: {(SubType ?? Type)}: {Text}{(Extract is null ? "" : $" «{Extract.ReplaceLineEndings(" ")}»")}";
    }

    public static string? JarPath => Candidates().FirstOrDefault(File.Exists);

    public static string? JavaPath
    {
        get
        {
            var home = Environment.GetEnvironmentVariable("JAVA_HOME");
            var dirs = (home is null ? [] : new[] { Path.Combine(home, "bin") })
                .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
            return dirs.Select(d => Path.Combine(d, "java")).FirstOrDefault(File.Exists);
        }
    }

    /// <summary>Skips (or, when required, fails) the calling test when Java or vnu.jar is missing.</summary>
    public static (string Java, string Jar) Require()
    {
        var why = (JavaPath, JarPath) switch
        {
            (null, _) => "Java is not installed (apt-get install -y default-jre-headless).",
            (_, null) => $"vnu.jar not found: set PUBLICATIONS_VNU_JAR, or run `npm install --prefix \"$HOME/.cache/publications-vnu\" vnu-jar` (looked in: {string.Join(", ", Candidates())}).",
            _ => null,
        };
        if (why is not null && BrowserFixture.BrowserRequired)
        {
            Assert.Fail($"PUBLICATIONS_REQUIRE_BROWSER=1 but the HTML check cannot run: {why}");
        }
        Skip.If(why is not null, why);
        return (JavaPath!, JarPath!);
    }

    /// <summary>Checks HTML documents (file name → markup) in one run of the checker and returns every message.</summary>
    public static async Task<IReadOnlyList<Message>> CheckAsync(string java, string jar, IReadOnlyDictionary<string, string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var folder = Directory.CreateTempSubdirectory("publications-vnu-");
        try
        {
            var start = new ProcessStartInfo(java) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-Djava.awt.headless=true", "-jar", jar, "--format", "json", "--stdout", "--exit-zero-always" })
            {
                start.ArgumentList.Add(argument);
            }
            foreach (var (name, html) in documents)
            {
                var path = Path.Combine(folder.FullName, name);
                await File.WriteAllTextAsync(path, html);
                start.ArgumentList.Add(path);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Java.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var json = await stdout;
            Assert.True(process.ExitCode == 0 && json.Length > 0, $"vnu.jar failed (exit {process.ExitCode}): {await stderr}");
            return Parse(json);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<Message> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("messages").EnumerateArray().Select(m => new Message(
            Path.GetFileName(m.TryGetProperty("url", out var url) ? url.GetString() ?? "" : ""),
            m.GetProperty("type").GetString() ?? "",
            m.TryGetProperty("subType", out var sub) ? sub.GetString() : null,
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
            m.TryGetProperty("message", out var text) ? text.GetString() ?? "" : "",
            m.TryGetProperty("extract", out var extract) ? extract.GetString() : null))];
    }

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable("PUBLICATIONS_VNU_JAR") is { Length: > 0 } configured)
        {
            yield return configured;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Publications.sln")))
            {
                yield return Path.Combine(dir.FullName, JarInPackage);
                break;
            }
        }
        yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "publications-vnu", JarInPackage);
        yield return Path.Combine("/usr/lib", JarInPackage);
        yield return Path.Combine("/usr/local/lib", JarInPackage);
    }
}

[CollectionDefinition(NuHtmlChecker.Collection, DisableParallelization = true)]
public sealed class NuHtmlCheckerGroup;
