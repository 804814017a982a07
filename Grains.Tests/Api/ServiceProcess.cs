using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Grains.Tests.Api;

/// <summary>The real service (Api.dll) as a child process on a loopback port, for tests that must kill it.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<ServiceProcess> StartAsync(string dataDirectory, int? port = null)
    {
        port ??= FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { ApiAssembly(), "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["Storage__Provider"] = "Sqlite";
        info.Environment["Storage__DataDirectory"] = dataDirectory;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var service = new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await service.WaitUntilReadyAsync();
        return service;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The service exited with code {_process.ExitCode} before it was ready.");
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("The service did not become ready within 60 s.");
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) KillHard();
        _process.Dispose();
        await Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Api.dll built next to this test assembly's configuration (the test project references Api, so it is built first).</summary>
    private static string ApiAssembly()
    {
        var testDir = AppContext.BaseDirectory; // .../Grains.Tests/bin/<Configuration>/net10.0/
        var configuration = new DirectoryInfo(testDir).Parent!.Name;
        var root = new DirectoryInfo(testDir);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Api", "Api.csproj"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("Cannot find the repository root from " + testDir);
        var dll = Path.Combine(root.FullName, "Api", "bin", configuration, "net10.0", "Api.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the Api first.", dll);
    }
}
