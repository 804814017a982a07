using System.Reflection;
using Xunit.Sdk;

namespace Grains.Tests.Silo;

/// <summary>Runs a theory on SQLite.</summary>
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["Sqlite"]];
}

/// <summary>
/// Runs a theory on PostgreSQL. Without NETWORK_TEST_POSTGRES the row is reported as skipped, except under CI=true,
/// where it runs and fails: CI never skips PostgreSQL silently.
/// </summary>
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        if (PostgresServer.Configured is null && !PostgresServer.InCi)
            Skip = $"PostgreSQL not configured: set {PostgresServer.Variable} (bash .ci/run does).";
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["PostgreSql"]];
}
