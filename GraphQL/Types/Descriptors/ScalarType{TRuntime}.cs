using System.Globalization;
using GraphQL.Language.Ast;

namespace GraphQL.Types.Descriptors;

/// <summary>
/// A custom scalar declared in code (HotChocolate's ScalarType&lt;TRuntime&gt;). Its CLR type is
/// inferred as this scalar wherever no other type claims it (string, int, double, bool keep the
/// built-in scalars; <c>CodeFirstSchemaBuilder.BindRuntimeType</c> overrides).
/// The three coercions throw <see cref="ScalarCoercionException"/> on a value they refuse; null
/// never reaches them.
/// </summary>
/// <example>
/// <code>
/// public sealed class LongType() : ScalarType&lt;long&gt;("Long")
/// {
///     public override object? Serialize(long value) => value;
///     public override long ParseValue(object value) => value is long l ? l : throw new ScalarCoercionException("…");
///     public override long ParseLiteral(ValueNode literal) => …;
/// }
/// </code>
/// </example>
public abstract class ScalarType<TRuntime> : TypeDefinition
    where TRuntime : notnull
{
    protected ScalarType(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public string? Description { get; init; }

    /// <summary>Printed as @specifiedBy(url:).</summary>
    public string? SpecifiedByUrl { get; init; }

    internal override Type RuntimeType => typeof(TRuntime);

    /// <summary>A resolved value to a result value (JSON-ready: string, number, bool, list, map).</summary>
    public abstract object? Serialize(TRuntime value);

    /// <summary>A variable's value (plain JSON value) to the runtime value.</summary>
    public abstract TRuntime ParseValue(object value);

    /// <summary>A literal in the document to the runtime value.</summary>
    public abstract TRuntime ParseLiteral(ValueNode literal);

    internal override NamedType CreateType(TypeRegistry registry) => new ScalarType(Name)
    {
        Description = Description,
        SpecifiedByUrl = SpecifiedByUrl,
        Serialize = value => value is null ? null : Serialize(ToRuntime(value)),
        ParseValue = value => value is null ? null : ParseValue(value),
        ParseLiteral = (literal, _) => literal is NullValueNode ? null : ParseLiteral(literal),
    };

    // A resolver may hand an int to a long scalar; numbers convert, anything else is refused.
    private TRuntime ToRuntime(object value)
    {
        if (value is TRuntime runtime)
        {
            return runtime;
        }

        if (value is IConvertible && typeof(TRuntime).IsPrimitive)
        {
            try
            {
                return (TRuntime)Convert.ChangeType(value, typeof(TRuntime), CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
            {
            }
        }

        throw new ScalarCoercionException($"{Name} cannot represent value: {value}");
    }
}
