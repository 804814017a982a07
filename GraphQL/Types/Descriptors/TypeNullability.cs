using System.Reflection;

namespace GraphQL.Types.Descriptors;

/// <summary>
/// Whether a member's type, and its list element, is annotated nullable. Read with
/// NullabilityInfoContext, except for members of generic types: there the context cannot tell
/// <c>T</c> from <c>T?</c> (both read as nullable), so the compiler's nullable metadata of the
/// open member is read directly (https://github.com/dotnet/roslyn/blob/main/docs/features/nullable-metadata.md).
/// </summary>
internal sealed record TypeNullability(bool Nullable, TypeNullability? Element)
{
    private const string NullableAttribute = "System.Runtime.CompilerServices.NullableAttribute";
    private const string NullableContextAttribute = "System.Runtime.CompilerServices.NullableContextAttribute";

    public static TypeNullability Of(MemberInfo member)
    {
        Type? declaring = member.DeclaringType;
        if (declaring is { IsConstructedGenericType: true })
        {
            MemberInfo open = declaring.GetGenericTypeDefinition().GetMemberWithSameMetadataDefinitionAs(member);
            int index = 0;
            return FromFlags(Naming.MemberType(open), Flags(open), ref index);
        }

        // NullabilityInfoContext is not thread-safe, so one per call.
        NullabilityInfo info = member switch
        {
            PropertyInfo property => new NullabilityInfoContext().Create(property),
            _ => new NullabilityInfoContext().Create((FieldInfo)member),
        };
        return FromInfo(info);
    }

    private static TypeNullability FromInfo(NullabilityInfo info)
    {
        NullabilityInfo? element = info.ElementType ?? (info.GenericTypeArguments is [var only] ? only : null);
        return new TypeNullability(info.ReadState != NullabilityState.NotNull, element is null ? null : FromInfo(element));
    }

    // The flags list the types in pre-order: a reference type or type parameter takes one
    // (0 oblivious, 1 not null, 2 nullable), a value type none; type arguments follow.
    private static TypeNullability FromFlags(Type type, byte[] flags, ref int index)
    {
        if (System.Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return FromFlags(underlying, flags, ref index);
        }

        bool nullable = false;
        if (!type.IsValueType || type.IsGenericParameter)
        {
            byte flag = flags.Length == 1 ? flags[0] : index < flags.Length ? flags[index] : (byte)0;
            index++;
            nullable = flag != 1;
        }

        if (type.IsArray)
        {
            return new TypeNullability(nullable, FromFlags(type.GetElementType()!, flags, ref index));
        }

        TypeNullability? element = null;
        if (type.IsGenericType)
        {
            Type[] arguments = type.GetGenericArguments();
            foreach (Type argument in arguments)
            {
                TypeNullability argumentNullability = FromFlags(argument, flags, ref index);
                element = arguments.Length == 1 ? argumentNullability : null;
            }
        }

        return new TypeNullability(nullable, element);
    }

    private static byte[] Flags(MemberInfo member)
    {
        foreach (CustomAttributeData attribute in member.CustomAttributes)
        {
            if (attribute.AttributeType.FullName == NullableAttribute)
            {
                object? value = attribute.ConstructorArguments[0].Value;
                return value is byte single
                    ? [single]
                    : [.. ((IEnumerable<CustomAttributeTypedArgument>)value!).Select(a => (byte)a.Value!)];
            }
        }

        for (Type? type = member.DeclaringType; type is not null; type = type.DeclaringType)
        {
            foreach (CustomAttributeData attribute in type.CustomAttributes)
            {
                if (attribute.AttributeType.FullName == NullableContextAttribute)
                {
                    return [(byte)attribute.ConstructorArguments[0].Value!];
                }
            }
        }

        return [0];
    }
}
