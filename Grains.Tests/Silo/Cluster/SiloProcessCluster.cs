using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Network.Silo;
using Npgsql;
using Orleans;
using Orleans.Hosting;

namespace Grains.Tests.Silo.Cluster;

/// <summary>
/// A cluster of real silo processes (the Silo executable, as an operator runs it) on loopback, over a fresh
/// PostgreSQL schema, and a client host in the test process. Silos can be killed (SIGKILL), stopped gracefully
/// (SIGTERM) and restarted on the same ports. Each silo's output is kept for the failure message.
/// </summary>
public sealed class SiloProcessCluster : IAsyncDisposable
{
    private readonly string _schema = "c_" + Guid.NewGuid().ToString("N");
    private readonly string _clusterId = "cluster-" + Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<int, (Process Process, int SiloPort, int HttpPort)> _silos = [];
    private readonly ConcurrentQueue<string> _output = new();
    private IHost? _client;

    public string ConnectionString { get; private set; } = "";

    /// <summary>What a process needs to join this cluster as a client (the Api with Orleans:Mode=Client).</summary>
    public Dictionary<string, string?> ClientSettings => new(Membership.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)))
    {
        ["Orleans:Mode"] = "Client",
        ["Orleans:Cluster:ClusterId"] = _clusterId,
        ["Storage:ConnectionString"] = ConnectionString,
    };

    public static async Task<SiloProcessCluster> CreateAsync()
    {
        var cluster = new SiloProcessCluster();
        await PostgresServer.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {cluster._schema}");
        cluster.ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString)
        {
            SearchPath = cluster._schema,
            MaxPoolSize = 8,
        }.ToString();
        return cluster;
    }

    /// <summary>Fast failure detection for tests: a silo that stops answering is declared dead in about two seconds.</summary>
    private static readonly Dictionary<string, string> Membership = new()
    {
        ["Orleans:Membership:ProbeTimeout"] = "00:00:00.500",
        ["Orleans:Membership:NumMissedProbesLimit"] = "3",
        ["Orleans:Membership:TableRefreshTimeout"] = "00:00:02",
        ["Orleans:Membership:IAmAlivePublishTimeout"] = "00:00:01",
        ["Orleans:ResponseTimeout"] = "00:00:10",
    };

    public string Output => string.Join("\n", _output.TakeLast(200));

    public async Task StartSiloAsync(int index)
    {
        var (siloPort, httpPort) = _silos.TryGetValue(index, out var old) ? (old.SiloPort, old.HttpPort) : (FreePort(), FreePort());
        var silo = Path.Combine(AppContext.BaseDirectory, "Silo.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(silo);
        var settings = new Dictionary<string, string>(Membership)
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = ConnectionString,
            ["Orleans:Cluster:ClusterId"] = _clusterId,
            ["Orleans:Cluster:SiloPort"] = siloPort.ToString(),
            ["Orleans:Cluster:SiloName"] = "silo" + index,
            ["Urls"] = $"http://127.0.0.1:{httpPort}",
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft"] = "Warning",
        };
        foreach (var (key, value) in settings) info.ArgumentList.Add($"--{key}={value}");
        info.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the silo process.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue($"[silo{index}] {e.Data}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue($"[silo{index}!] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _silos[index] = (process, siloPort, httpPort);
        await WaitUntilAsync(() => IsReadyAsync(httpPort), TimeSpan.FromSeconds(60), $"silo{index} to become ready");
    }

    /// <summary>SIGKILL: no goodbye, no graceful anything; the cluster has to notice.</summary>
    public void Kill(int index)
    {
        _silos[index].Process.Kill();
        _silos[index].Process.WaitForExit();
    }

    /// <summary>SIGTERM: the silo leaves the cluster and deactivates its grains before it exits.</summary>
    public async Task StopGracefullyAsync(int index)
    {
        var process = _silos[index].Process;
        if (SignalTerminate(process.Id) != 0) throw new InvalidOperationException("kill(SIGTERM) failed.");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(cts.Token);
    }

    public bool HasExited(int index) => _silos[index].Process.HasExited;

    public async Task<IGrainFactory> StartClientAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(Membership.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)))
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = ConnectionString,
            ["Orleans:Cluster:ClusterId"] = _clusterId,
        });
        builder.AddNetworkStorage();
        builder.AddNetworkClusterClient();
        _client = builder.Build();
        await _client.StartAsync();
        return _client.Services.GetRequiredService<IGrainFactory>();
    }

    public IClusterMembershipService ClientMembership => _client!.Services.GetRequiredService<IClusterMembershipService>();

    /// <summary>The membership JSON a silo serves at /health/membership.</summary>
    public async Task<JsonElement> MembershipOfAsync(int index)
    {
        using var http = new HttpClient();
        var json = await http.GetStringAsync($"http://127.0.0.1:{_silos[index].HttpPort}/health/membership");
        return JsonDocument.Parse(json).RootElement;
    }

    public async Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task<bool> IsReadyAsync(int httpPort)
    {
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            return (await http.GetAsync($"http://127.0.0.1:{httpPort}/health/ready")).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"Gave up waiting for {what} after {timeout}.\n{Output}");
            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SignalTerminate(int pid, int signal = 15);

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.StopAsync(TimeSpan.FromSeconds(5));
            _client.Dispose();
        }
        foreach (var (process, _, _) in _silos.Values)
        {
            try
            {
                if (!process.HasExited) process.Kill();
                process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
            }
            process.Dispose();
        }
        NpgsqlConnection.ClearAllPools();
        await PostgresServer.ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
    }
}
