using System.Diagnostics;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.Descriptors;

namespace Network.Bench.GraphQLReads;

/// <summary>
/// Our engine in-process: <see cref="RequestExecutor.ExecuteAsync"/> on a tiny schema with synchronous resolvers,
/// the same schema, data and query text as bench/peers/graphql-js/execute-bench.mjs. The executor caches the parsed
/// and validated document by query text, so after the first request each one costs a cache lookup, operation
/// selection, variable coercion and execution; the result is not serialised (graphql-js's figure does not
/// include JSON.stringify either).
/// </summary>
public static class ExecutorMicroBench
{
    /// <summary>One root field and three leaf fields; a literal argument, so no variables to coerce.</summary>
    public const string Query = "{ user(id: \"42\") { handle displayName country } }";

    public sealed record BenchUser(string Id, string Handle, string DisplayName, string? Country);

    private static readonly Dictionary<string, BenchUser> Users = new()
    {
        ["42"] = new("42", "jonas.chen.42", "Jonas Chen", "ES"),
    };

    // type User { id: ID! handle: String! displayName: String! country: String }, as in the node script.
    private sealed class UserType : ObjectType<BenchUser>
    {
        protected override void Configure(IObjectTypeDescriptor<BenchUser> descriptor)
        {
            descriptor.Name("User");
            descriptor.Field(u => u.Id).Type<NonNullType<IdType>>();
            descriptor.Field(u => u.Handle).Type<NonNullType<StringType>>();
            descriptor.Field(u => u.DisplayName).Type<NonNullType<StringType>>();
            descriptor.Field(u => u.Country).Type<StringType>();
        }
    }

    public static Schema CreateSchema() => SchemaBuilder.New()
        .AddQueryType(d => d.Name("Query")
            .Field("user")
            .Argument("id", a => a.Type<NonNullType<IdType>>())
            .Type<UserType>()
            .Resolve(ctx => Users.GetValueOrDefault(ctx.ArgumentValue<string>("id"))))
        .Create();

    /// <summary>
    /// Microseconds per request, one figure per run: wall-clock time (the figure), and the process's CPU time (a
    /// cross-check that a busy machine disturbs less: it does not count time spent waiting for a core).
    /// Throws if the result is not the expected one.
    /// </summary>
    public static async Task<(List<double> Wall, List<double> Cpu)> RunAsync(int runs, TimeSpan warmup, TimeSpan perRun)
    {
        var executor = new RequestExecutor(CreateSchema());
        await CheckAsync(executor);
        Measure(executor, warmup); // long enough for tiered JIT and PGO to settle
        var (wall, cpu) = (new List<double>(), new List<double>());
        for (var i = 0; i < runs; i++)
        {
            var (w, c) = Measure(executor, perRun);
            wall.Add(w);
            cpu.Add(c);
        }
        return (wall, cpu);
    }

    private static async Task CheckAsync(RequestExecutor executor)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest(Query));
        if (result.Errors is { Count: > 0 } errors) throw new InvalidOperationException($"micro-benchmark query failed: {errors[0].Message}");
        var json = ExecutionResultText(result);
        const string expected = "{\"data\":{\"user\":{\"handle\":\"jonas.chen.42\",\"displayName\":\"Jonas Chen\",\"country\":\"ES\"}}}";
        if (json != expected) throw new InvalidOperationException($"micro-benchmark query answered {json}, expected {expected}");
    }

    private static string ExecutionResultText(ExecutionResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream)) ExecutionResultJson.Write(writer, result);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static (double Wall, double Cpu) Measure(RequestExecutor executor, TimeSpan duration)
    {
        long n = 0;
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var limit = (long)(duration.TotalSeconds * Stopwatch.Frequency);
        // Batches of 256 keep the clock read out of the per-request cost.
        while (clock.ElapsedTicks < limit)
        {
            for (var i = 0; i < 256; i++)
            {
                // A new request object each time, as a transport builds one per HTTP request.
                var task = executor.ExecuteAsync(new GraphQLRequest(Query));
                // Synchronous resolvers complete synchronously; wait only if the executor did not.
                if (!task.IsCompletedSuccessfully) task.GetAwaiter().GetResult();
            }
            n += 256;
        }
        var wall = clock.Elapsed.TotalMicroseconds / n;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalMicroseconds / n);
    }
}
