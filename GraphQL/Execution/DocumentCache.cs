using System.Collections.Concurrent;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Parsed and validated documents by query text. Validation depends only on the schema and the
/// document, so its outcome is kept too, and so are syntax errors. Reads take no lock; when the
/// cache is full, the least recently used quarter is evicted in one go.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, CachedDocument> _entries = new(StringComparer.Ordinal);
    private readonly object _evictionGate = new();
    private long _clock;

    public CachedDocument? Get(string query)
    {
        if (_entries.TryGetValue(query, out CachedDocument? entry))
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            return entry;
        }

        return null;
    }

    public void Add(string query, CachedDocument entry)
    {
        if (capacity <= 0)
        {
            return;
        }

        entry.LastUsed = Interlocked.Increment(ref _clock);
        _entries[query] = entry;
        if (_entries.Count > capacity)
        {
            Evict();
        }
    }

    private void Evict()
    {
        lock (_evictionGate)
        {
            if (_entries.Count <= capacity)
            {
                return;
            }

            var stamps = new List<(long LastUsed, string Query)>(_entries.Count);
            foreach (KeyValuePair<string, CachedDocument> entry in _entries)
            {
                stamps.Add((entry.Value.LastUsed, entry.Key));
            }

            stamps.Sort(static (a, b) => a.LastUsed.CompareTo(b.LastUsed));
            int remove = stamps.Count - (capacity - (capacity / 4));
            for (int i = 0; i < remove; i++)
            {
                _entries.TryRemove(stamps[i].Query, out _);
            }
        }
    }
}

/// <summary>One query text's outcome: a syntax error, validation errors, or a document ready to run.</summary>
internal sealed class CachedDocument
{
    private CachedDocument(DocumentNode? document, IReadOnlyList<GraphQLError>? errors, RequestErrorKind errorKind, Schema schema)
    {
        Document = document;
        Errors = errors;
        ErrorKind = errorKind;
        if (document is not null && errors is null)
        {
            var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (DefinitionNode definition in document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    fragments.TryAdd(fragment.Name.Value, fragment);
                }
                else if (definition is OperationDefinitionNode operation)
                {
                    OperationCount++;
                    FirstOperation ??= operation;
                }
            }

            Fragments = fragments;
            ConditionsUseVariables = FieldCollector.ConditionsUseVariables(document);
            if (!ConditionsUseVariables)
            {
                SharedPlans = new PlanCache(schema, fragments, null);
            }
        }
    }

    public DocumentNode? Document { get; }

    /// <summary>Syntax or validation errors; null when the document can run.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    public RequestErrorKind ErrorKind { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } = new Dictionary<string, FragmentDefinitionNode>();

    public int OperationCount { get; }

    public OperationDefinitionNode? FirstOperation { get; }

    /// <summary>Whether @skip/@include read variables, so plans are made per request.</summary>
    public bool ConditionsUseVariables { get; }

    /// <summary>Plans shared by all requests, when they do not depend on variables.</summary>
    public PlanCache? SharedPlans { get; }

    public long LastUsed { get; set; }

    public static CachedDocument Valid(DocumentNode document, Schema schema) => new(document, null, RequestErrorKind.None, schema);

    public static CachedDocument Failed(RequestErrorKind kind, IReadOnlyList<GraphQLError> errors, Schema schema) => new(null, errors, kind, schema);
}
