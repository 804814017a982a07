using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>
/// The example schema of spec section 5 (September 2025), with the types its later examples add,
/// and a way to run chosen rules over a document against it.
/// </summary>
internal static class SpecSchema
{
    public static Schema Schema { get; } = SchemaBuilder.Build(Fixture.Read("spec-validation-schema.graphql"));

    /// <summary>Each error as "message (line:column, ...)", in the order reported.</summary>
    public static List<string> Errors(string document, params ValidationRule[] rules) => Errors(Schema, document, rules);

    public static List<string> Errors(Schema schema, string document, params ValidationRule[] rules) =>
        DocumentValidator.Validate(schema, Parser.Parse(document), rules, maxErrors: int.MaxValue).Select(e => e.ToString()).ToList();
}
