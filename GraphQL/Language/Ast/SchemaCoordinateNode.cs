namespace GraphQL.Language.Ast;

/// <summary>
/// A schema coordinate (spec section 2.14, September 2025): a string naming one schema element,
/// such as <c>Query.users(first:)</c>. Not part of a document; see <see cref="Parser.ParseSchemaCoordinate"/>.
/// </summary>
public abstract class SchemaCoordinateNode : Node;
