using System.Data.Common;

namespace Network.Silo.Storage;

internal static class DbCommandExtensions
{
    /// <summary>Adds a named parameter; null becomes SQL NULL.</summary>
    public static void AddParameter(this DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
    }
}
