using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Publications.Web.Tests.Infrastructure;

/// <summary>
/// The real app as its own process on a real Kestrel port on loopback (not the in-memory test server),
/// for browser tests. Started once per fixture; killed on dispose.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _log;

    private AppProcess(Process process, Uri baseAddress, System.Collections.Concurrent.ConcurrentQueue<string> log)
    {
        _process = process;
        BaseAddress = baseAddress;
        _log = log;
    }

    /// <summary>True when the app has stopped (it never should while tests use it).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>What the app wrote to stdout and stderr so far, for failure messages.</summary>
    public string Log => string.Join(Environment.NewLine, _log);

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// Starts the app on a free loopback port and waits until it listens and has loaded its list (<c>/healthz</c>
    /// answers 200: while it loads, requests are answered 503 after a few seconds); <paramref name="arguments"/> come
    /// after the defaults (the index in memory, the rate limiter off), so they can override them.
    /// </summary>
    public static async Task<AppProcess> StartAsync(string listPath, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Publications.Web.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.ArgumentList.Add($"--Publications:ListPath={listPath}");
        start.ArgumentList.Add("--Publications:RateLimiting:Enabled=false");
        start.ArgumentList.Add("--Publications:IndexPath=");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            log.Enqueue(e.Data);
            if (ListeningLine().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
            }
        };
        process.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var deadline = Task.Delay(timeout);
        var first = await Task.WhenAny(listening.Task, exited, deadline);
        if (first != listening.Task || !await LoadedAsync(await listening.Task, exited, deadline))
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw new InvalidOperationException($"The app did not start and load its list:{Environment.NewLine}{string.Join(Environment.NewLine, log)}");
        }
        return new AppProcess(process, await listening.Task, log);
    }

    /// <summary>True once <c>/healthz</c> answers 200; false when the app exits or the deadline passes first.</summary>
    private static async Task<bool> LoadedAsync(Uri baseAddress, Task exited, Task deadline)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        while (!exited.IsCompleted && !deadline.IsCompleted)
        {
            using (var health = await client.GetAsync(new Uri("healthz", UriKind.Relative)))
            {
                if (health.StatusCode == System.Net.HttpStatusCode.OK)
                {
                    return true;
                }
            }
            await Task.Delay(100);
        }
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
