using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace GraphQL.Types.Descriptors;

/// <summary>The naming conventions of the code-first API (HotChocolate's defaults).</summary>
internal static class Naming
{
    /// <summary>DisplayName → displayName, ID → id, URLPath → urlPath.</summary>
    public static string FieldName(string memberName)
    {
        int upper = 0;
        while (upper < memberName.Length && char.IsUpper(memberName[upper]))
        {
            upper++;
        }

        if (upper == 0)
        {
            return memberName;
        }

        // In "URLPath" the P starts the next word, so only "URL" is lowered.
        int lower = upper == memberName.Length || upper == 1 ? upper : upper - 1;
        return memberName[..lower].ToLowerInvariant() + memberName[lower..];
    }

    /// <summary>MutualAid → MUTUAL_AID, HTTPServer → HTTP_SERVER.</summary>
    public static string EnumValueName(string memberName)
    {
        var name = new StringBuilder(memberName.Length + 4);
        for (int i = 0; i < memberName.Length; i++)
        {
            char c = memberName[i];
            if (i > 0 && char.IsUpper(c)
                && (char.IsLower(memberName[i - 1]) || char.IsDigit(memberName[i - 1])
                    || (i + 1 < memberName.Length && char.IsLower(memberName[i + 1]) && char.IsUpper(memberName[i - 1]))))
            {
                name.Append('_');
            }

            name.Append(char.ToUpperInvariant(c));
        }

        return name.ToString();
    }

    /// <summary>
    /// The default name of a type bound to <paramref name="clr"/>: its CLR name, less the "I" of an
    /// interface name like INode. Null for generic types and object, which must be named.
    /// </summary>
    public static string? TypeName(Type clr)
    {
        if (clr.IsGenericType || clr == typeof(object))
        {
            return null;
        }

        string name = clr.Name;
        return clr.IsInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]) ? name[1..] : name;
    }

    /// <summary>A CLR type as C# writes it, for messages: Connection&lt;User&gt;.</summary>
    public static string ClrName(Type clr)
    {
        if (!clr.IsGenericType)
        {
            return clr.Name;
        }

        string name = clr.Name;
        int tick = name.IndexOf('`');
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", clr.GetGenericArguments().Select(ClrName)) + ">";
    }

    /// <summary>The property or field a lambda like <c>x => x.Name</c> reads.</summary>
    public static MemberInfo Member(LambdaExpression expression)
    {
        Expression body = expression.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            body = convert.Operand;
        }

        if (body is MemberExpression { Member: PropertyInfo or FieldInfo } access && access.Expression == expression.Parameters[0])
        {
            return access.Member;
        }

        throw new ArgumentException($"Expected a property or field of the parameter, like x => x.Name, but got {expression}.", nameof(expression));
    }

    public static Type MemberType(MemberInfo member) => member switch
    {
        PropertyInfo property => property.PropertyType,
        FieldInfo field => field.FieldType,
        _ => throw new ArgumentException($"{member} is not a property or field.", nameof(member)),
    };
}
