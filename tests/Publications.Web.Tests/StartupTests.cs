using System.Diagnostics;

namespace Publications.Web.Tests;

/// <summary>Runs the real app process (not the test server) to check how start-up fails on a bad list.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Broken_list_stops_startup_with_one_precise_line_and_exit_code_1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, "Owner\n\nStray text\n2024\nA paper.\n");
        try
        {
            var (exitCode, _, stderr) = await RunAppAsync($"--Publications:ListPath={path}");

            Assert.Equal(1, exitCode);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"Publications cannot start: {path}:3: text after the owner's name", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Broken_list_found_after_many_papers_stops_startup_and_leaves_no_index_folder()
    {
        // With an index folder the list is indexed while it is parsed: the papers before the error were already
        // being indexed when it turned up, and none of that may be left behind. Over 1 MB, so the indexer process
        // builds it (IndexerProcess.MinimumListBytes) and its errors must come back to the server intact.
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.txt");
        var indexPath = Path.Combine(Path.GetTempPath(), $"broken-index-{Guid.NewGuid():N}");
        var papers = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"Paper {i} studies okapi herds with care.\n"));
        await File.WriteAllTextAsync(path, $"Owner\n\n2024\n{papers}bad \u0001 line\n");
        try
        {
            var (exitCode, stdout, stderr) = await RunAppAsync($"--Publications:ListPath={path}", $"--Publications:IndexPath={indexPath}");

            Assert.True(new FileInfo(path).Length >= Publications.Web.Infrastructure.IndexerProcess.MinimumListBytes);
            Assert.Matches(@"The indexer process \(\d+\) ended after", stdout);
            Assert.Equal(1, exitCode);
            Assert.Equal($"Publications cannot start: {path}:30004: the line contains the control character U+0001", stderr.Trim());
            Assert.True(!Directory.Exists(indexPath) || Directory.GetFileSystemEntries(indexPath).Length == 0,
                $"left behind: {string.Join(", ", Directory.Exists(indexPath) ? Directory.GetFileSystemEntries(indexPath) : [])}");
        }
        finally
        {
            File.Delete(path);
            if (Directory.Exists(indexPath))
            {
                Directory.Delete(indexPath, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Missing_list_stops_startup_naming_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.txt");

        var (exitCode, _, stderr) = await RunAppAsync($"--Publications:ListPath={path}");

        Assert.Equal(1, exitCode);
        Assert.Equal($"Publications cannot start: {path}:1: the list file does not exist", stderr.Trim());
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAppAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["Logging__LogLevel__Default"] = "Information";
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Publications.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The app did not stop on a broken list; it should exit at once.");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
