using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>The directives every schema has (spec section 3.13): @skip, @include, @deprecated, @specifiedBy, @oneOf.</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason @deprecated gives when none is written (spec section 3.13.3).</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Skip { get; } = Conditional("skip", "Directs the executor to skip this field or fragment when the `if` argument is true.", "Skipped when true.");

    public static DirectiveDefinition Include { get; } = Conditional("include", "Directs the executor to include this field or fragment only when the `if` argument is true.", "Included when true.");

    public static DirectiveDefinition Deprecated { get; } = CreateDeprecated();

    public static DirectiveDefinition SpecifiedBy { get; } = CreateSpecifiedBy();

    public static DirectiveDefinition OneOf { get; } = CreateOneOf();

    /// <summary>In the order graphql-js adds them to a schema.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>Whether a directive of this name is one of the built-in ones (graphql-js isSpecifiedDirective).</summary>
    public static bool IsBuiltIn(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    private static DirectiveDefinition Conditional(string name, string description, string argumentDescription)
    {
        var directive = new DirectiveDefinition(name) { Description = description };
        directive.AddArgument(new Argument("if", new NonNullType(BuiltInScalars.Boolean)) { Description = argumentDescription });
        directive.AddLocation(DirectiveLocation.Field);
        directive.AddLocation(DirectiveLocation.FragmentSpread);
        directive.AddLocation(DirectiveLocation.InlineFragment);
        return directive;
    }

    private static DirectiveDefinition CreateDeprecated()
    {
        var directive = new DirectiveDefinition("deprecated") { Description = "Marks an element of a GraphQL schema as no longer supported." };
        directive.AddArgument(new Argument("reason", BuiltInScalars.String)
        {
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultValue = DefaultDeprecationReason,
        });
        directive.AddLocation(DirectiveLocation.FieldDefinition);
        directive.AddLocation(DirectiveLocation.ArgumentDefinition);
        directive.AddLocation(DirectiveLocation.InputFieldDefinition);
        directive.AddLocation(DirectiveLocation.EnumValue);
        return directive;
    }

    private static DirectiveDefinition CreateSpecifiedBy()
    {
        var directive = new DirectiveDefinition("specifiedBy") { Description = "Exposes a URL that specifies the behavior of this scalar." };
        directive.AddArgument(new Argument("url", new NonNullType(BuiltInScalars.String)) { Description = "The URL that specifies the behavior of this scalar." });
        directive.AddLocation(DirectiveLocation.Scalar);
        return directive;
    }

    private static DirectiveDefinition CreateOneOf()
    {
        var directive = new DirectiveDefinition("oneOf") { Description = "Indicates exactly one field must be supplied and this field must not be `null`." };
        directive.AddLocation(DirectiveLocation.InputObject);
        return directive;
    }
}
