namespace GraphQL.Types;

/// <summary>An interface type (spec section 3.7); it may itself implement interfaces.</summary>
public sealed class InterfaceType(string name) : ComplexType(name);
