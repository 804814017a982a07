using System.Runtime.CompilerServices;
using System.Text;
using GraphQL.Execution;
using GraphQL.Utilities;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using GraphQLSchema = GraphQL.Types.Schema;

namespace Network.Api.Transport.Http;

/// <summary>
/// Serves the executor's schema as SDL (graphql-js printSchema output), printed once per schema.
/// (Aliased: Network.Api.Schema is the Api's schema namespace.)
/// </summary>
internal static class SchemaSdlEndpoint
{
    private static readonly ConditionalWeakTable<GraphQLSchema, byte[]> Printed = [];

    public static Task HandleAsync(HttpContext context)
    {
        GraphQLSchema schema = context.RequestServices.GetRequiredService<IRequestExecutor>().Schema;
        byte[] sdl = Printed.GetValue(schema, static s => Encoding.UTF8.GetBytes(SchemaPrinter.Print(s)));
        HttpResponse response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/plain; charset=utf-8";
        response.ContentLength = sdl.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(sdl, context.RequestAborted).AsTask();
    }
}
