using Network.Grains.Common;
using Network.Grains.Users;
using Orleans;

namespace Network.Api.Preview;

/// <summary>
/// A minimal temporary write API, until GraphQL serves the schema's mutations (issue 3 replaces it).
/// It exists so the durability test can drive acknowledged writes into a real service process.
/// </summary>
public static class PreviewEndpoints
{
    public sealed record CreateUserRequest(string Handle, string DisplayName, string? Country);
    public sealed record FollowRequest(string FollowerId, string FolloweeId);

    public static void MapPreviewEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/preview");

        group.MapPost("/users", async (CreateUserRequest request, IGrainFactory grains) =>
        {
            var id = NodeIds.New();
            var result = await grains.GetGrain<IUserGrain>(id).Create(new CreateUser(request.Handle, request.DisplayName, request.Country, [], null));
            return Results.Ok(new { id, graphVersion = result.GraphVersion });
        });

        group.MapPost("/follows", async (FollowRequest request, IGrainFactory grains) =>
        {
            var version = await grains.GetGrain<IUserGrain>(request.FollowerId).Follow(request.FolloweeId);
            return Results.Ok(new { graphVersion = version });
        });

        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (GraphException e)
            {
                return Results.BadRequest(new { code = e.Code, message = e.Message, field = e.Field });
            }
        });
    }
}
