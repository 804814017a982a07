namespace Orleans;

/// <summary>Marker for every grain interface; a grain is addressed by its identity, never by a pointer.</summary>
public interface IAddressable;

/// <summary>Marker for grain interfaces.</summary>
public interface IGrain : IAddressable;

/// <summary>A grain whose identity is a string key, read with <c>this.GetPrimaryKeyString()</c>.</summary>
public interface IGrainWithStringKey : IGrain;

/// <summary>
/// An object outside the grain world (a client, a subscription) that grains may call back.
/// Its interface methods return <see cref="Task"/> or <see cref="ValueTask"/>, like a grain's.
/// </summary>
public interface IGrainObserver : IAddressable;
