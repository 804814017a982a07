using System.Reflection;

namespace GraphQL.Types.Descriptors;

/// <summary>What an argument or input field declaration collects.</summary>
internal sealed class InputValueDescriptor(string name, MemberInfo? member) : IArgumentDescriptor, IInputFieldDescriptor
{
    public string ValueName { get; private set; } = name;

    /// <summary>The CLR member an input field binds to; null for arguments.</summary>
    public MemberInfo? Member { get; } = member;

    public string? ValueDescription { get; private set; }

    public string? DeprecationReason { get; private set; }

    public TypeRef? DeclaredType { get; private set; }

    public ClrRef? InferredType { get; init; }

    public bool HasDefault { get; private set; }

    public object? Default { get; private set; }

    public IArgumentDescriptor Description(string description)
    {
        ValueDescription = description;
        return this;
    }

    public IArgumentDescriptor Deprecated(string? reason = null)
    {
        DeprecationReason = reason ?? BuiltInDirectives.DefaultDeprecationReason;
        return this;
    }

    public IArgumentDescriptor Type<TType>() where TType : IGraphType
    {
        DeclaredType = TypeRef.Marker<TType>();
        return this;
    }

    public IArgumentDescriptor Type(string typeReference)
    {
        DeclaredType = TypeRef.Sdl(typeReference);
        return this;
    }

    public IArgumentDescriptor DefaultValue(object? value)
    {
        Default = value;
        HasDefault = true;
        return this;
    }

    IInputFieldDescriptor IInputFieldDescriptor.Name(string name)
    {
        ValueName = name;
        return this;
    }

    IInputFieldDescriptor IInputFieldDescriptor.Description(string description) => (IInputFieldDescriptor)Description(description);

    IInputFieldDescriptor IInputFieldDescriptor.Deprecated(string? reason) => (IInputFieldDescriptor)Deprecated(reason);

    IInputFieldDescriptor IInputFieldDescriptor.Type<TType>() => (IInputFieldDescriptor)Type<TType>();

    IInputFieldDescriptor IInputFieldDescriptor.Type(string typeReference) => (IInputFieldDescriptor)Type(typeReference);

    IInputFieldDescriptor IInputFieldDescriptor.DefaultValue(object? value) => (IInputFieldDescriptor)DefaultValue(value);
}
