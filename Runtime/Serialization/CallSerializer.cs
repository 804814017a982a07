using System.Buffers;
using System.Text.Json;
using Orleans.Invocation;

namespace Orleans.Serialization;

/// <summary>
/// Writes a call's arguments and its result as JSON, each value as its declared type. JSON is what makes the format
/// tolerant across a rolling upgrade: a property the reader does not know is skipped, one it expects but does not
/// find takes its default (records' missing constructor arguments included), so two adjacent releases understand
/// each other as long as a release only adds members.
/// </summary>
public sealed class CallSerializer
{
    private readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.General)
    {
        PropertyNameCaseInsensitive = true,
    };

    /// <summary>The arguments as one JSON array.</summary>
    public void WriteArguments(IBufferWriter<byte> output, Invokable invokable)
    {
        var writer = RentWriter(output);
        writer.WriteStartArray();
        for (var i = 0; i < invokable.ArgumentCount; i++)
            JsonSerializer.Serialize(writer, invokable.GetArgument(i), invokable.GetArgumentType(i), _options);
        writer.WriteEndArray();
        ReturnWriter(writer);
    }

    /// <summary>Reads the array written by <see cref="WriteArguments"/> into <paramref name="invokable"/>. Extra trailing arguments are refused.</summary>
    public void ReadArguments(ReadOnlySpan<byte> json, Invokable invokable)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw new JsonException("The arguments are not a JSON array.");
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (index >= invokable.ArgumentCount)
                throw new JsonException($"{invokable} takes {invokable.ArgumentCount} arguments; more arrived.");
            invokable.SetArgument(index, JsonSerializer.Deserialize(ref reader, invokable.GetArgumentType(index), _options));
            index++;
        }
        if (index != invokable.ArgumentCount)
            throw new JsonException($"{invokable} takes {invokable.ArgumentCount} arguments; {index} arrived.");
    }

    public void WriteValue(IBufferWriter<byte> output, object? value, Type type)
    {
        var writer = RentWriter(output);
        JsonSerializer.Serialize(writer, value, type, _options);
        ReturnWriter(writer);
    }

    // One writer per thread instead of one per call: this runs twice for every call on the wire. Taken out of the
    // slot while in use, so a nested use on the same thread gets its own; a writer that threw is simply dropped.
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    private static Utf8JsonWriter RentWriter(IBufferWriter<byte> output)
    {
        var writer = t_writer;
        if (writer is null) return new Utf8JsonWriter(output);
        t_writer = null;
        writer.Reset(output);
        return writer;
    }

    private static void ReturnWriter(Utf8JsonWriter writer)
    {
        writer.Flush();
        t_writer = writer;
    }

    public T? ReadValue<T>(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<T>(json, _options);

    public object? ReadValue(ReadOnlySpan<byte> json, Type type) => JsonSerializer.Deserialize(json, type, _options);

    /// <summary>An exception as its type name, message and own public properties (see <see cref="ExceptionCodec"/>).</summary>
    public void WriteException(IBufferWriter<byte> output, Exception exception) => ExceptionCodec.Write(output, exception, _options);

    public Exception ReadException(ReadOnlySpan<byte> json) => ExceptionCodec.Read(json, _options);
}
