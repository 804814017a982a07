using System.Buffers;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Orleans.Serialization;

/// <summary>
/// Carries a grain's exception to its caller with its type and message, as Orleans does. The exception's own public
/// properties (those its class adds to <see cref="Exception"/>) travel as JSON values; the reader rebuilds the
/// exception through a constructor whose parameter names match them (record style: <c>GraphException(code, message,
/// field)</c>). An exception whose type the reader lacks, or cannot rebuild, arrives as a <see cref="RemoteException"/>
/// that names the original type. Stack traces stay on the silo, in its log.
/// </summary>
internal static class ExceptionCodec
{
    private static readonly HashSet<string> BaseProperties =
        typeof(Exception).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, Type?> Types = new(StringComparer.Ordinal);

    public static void Write(IBufferWriter<byte> output, Exception exception, JsonSerializerOptions options)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        var type = exception is RemoteException remote ? remote.OriginalType : exception.GetType().FullName;
        writer.WriteString("type", type);
        writer.WriteString("message", exception.Message);
        writer.WriteStartObject("properties");
        if (exception is not RemoteException)
        {
            foreach (var property in exception.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (BaseProperties.Contains(property.Name) || property.GetIndexParameters().Length > 0 || !IsSimple(property.PropertyType)) continue;
                writer.WritePropertyName(property.Name);
                JsonSerializer.Serialize(writer, property.GetValue(exception), property.PropertyType, options);
            }
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static Exception Read(ReadOnlySpan<byte> json, JsonSerializerOptions options)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        var typeName = root.GetProperty("type").GetString() ?? "";
        var message = root.GetProperty("message").GetString() ?? "";
        var properties = root.GetProperty("properties");
        var type = Types.GetOrAdd(typeName, Find);
        if (type is not null && TryRebuild(type, message, properties, options) is { } rebuilt) return rebuilt;
        return new RemoteException(typeName, message);
    }

    private static Exception? TryRebuild(Type type, string message, JsonElement properties, JsonSerializerOptions options)
    {
        foreach (var constructor in type.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
        {
            var parameters = constructor.GetParameters();
            var args = new object?[parameters.Length];
            var ok = true;
            for (var i = 0; i < parameters.Length && ok; i++)
            {
                var p = parameters[i];
                if (string.Equals(p.Name, "message", StringComparison.OrdinalIgnoreCase) && p.ParameterType == typeof(string))
                    args[i] = message;
                else if (TryProperty(properties, p.Name!, out var value))
                    args[i] = value.Deserialize(p.ParameterType, options);
                else if (p.HasDefaultValue)
                    args[i] = p.DefaultValue;
                else
                    ok = false;
            }
            if (!ok) continue;
            try
            {
                var exception = (Exception)constructor.Invoke(args);
                // A constructor that composes its own message (ArgumentException appends the parameter name) still
                // reads as the original when the original message is its start.
                if (exception.Message.StartsWith(message, StringComparison.Ordinal)) return exception;
            }
            catch (TargetInvocationException)
            {
            }
        }
        return null;
    }

    private static bool TryProperty(JsonElement properties, string name, out JsonElement value)
    {
        foreach (var property in properties.EnumerateObject())
        {
            if (!string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) continue;
            value = property.Value;
            return true;
        }
        value = default;
        return false;
    }

    private static Type? Find(string fullName)
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
            if (assembly.GetType(fullName) is { } type && typeof(Exception).IsAssignableFrom(type)) return type;
        return null;
    }

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) ||
               type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(TimeSpan) || type == typeof(Guid);
    }
}
