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

    [Fact]
    public async Task Stopping_the_indexer_process_stops_the_app_with_one_line_instead_of_building_again()
    {
        // A service manager stops the app's whole group; here only the indexer is stopped, while it builds.
        var path = Path.Combine(Path.GetTempPath(), $"large-{Guid.NewGuid():N}.txt");
        var indexPath = Path.Combine(Path.GetTempPath(), $"stopped-index-{Guid.NewGuid():N}");
        var papers = string.Concat(Enumerable.Range(0, 300_000).Select(i => $"Paper {i} studies okapi herds with care.\n"));
        await File.WriteAllTextAsync(path, $"Owner\n\n2024\n{papers}");
        try
        {
            var run = RunAppAsync($"--Publications:ListPath={path}", $"--Publications:IndexPath={indexPath}");
            var indexer = await FindProcessAsync("--build-index-folder", path);
            using (var kill = Process.Start("kill", ["-TERM", indexer.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }
            var (exitCode, _, stderr) = await run;

            Assert.Equal(130, exitCode);
            Assert.Equal("Publications stopped before it started: the indexer process was stopped by SIGTERM while it built the index", stderr.Trim());
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

    /// <summary>The id of the first process whose command line has every one of <paramref name="parts"/>, once it runs.</summary>
    private static async Task<int> FindProcessAsync(params string[] parts)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < deadline; await Task.Delay(20))
        {
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(folder), out var id)
                    && ReadCommandLine(folder) is { } line && parts.All(part => line.Contains(part, StringComparison.Ordinal)))
                {
                    return id;
                }
            }
        }
        throw new TimeoutException($"No process with {string.Join(" ", parts)} started within a minute.");
    }

    private static string? ReadCommandLine(string processFolder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(processFolder, "cmdline")).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return null; // ended meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
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
