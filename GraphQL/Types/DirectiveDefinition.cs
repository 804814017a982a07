using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>A directive the schema knows (spec section 3.13).</summary>
public sealed class DirectiveDefinition(string name)
{
    private readonly List<Argument> _arguments = [];
    private readonly List<DirectiveLocation> _locations = [];

    public string Name { get; } = name;

    public string? Description { get; set; }

    /// <summary>May appear more than once at one location.</summary>
    public bool IsRepeatable { get; set; }

    public IReadOnlyList<Argument> Arguments => _arguments;

    public IReadOnlyList<DirectiveLocation> Locations => _locations;

    public Argument? GetArgument(string name)
    {
        foreach (Argument argument in _arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    public void AddArgument(Argument argument) => _arguments.Add(argument);

    public void AddLocation(DirectiveLocation location) => _locations.Add(location);

    public override string ToString() => "@" + Name;
}
