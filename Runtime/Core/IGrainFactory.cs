namespace Orleans;

/// <summary>Creates references to grains and to local observers.</summary>
public interface IGrainFactory
{
    /// <summary>A reference to the grain of interface <typeparamref name="TGrainInterface"/> with this key. Never activates anything by itself.</summary>
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey) where TGrainInterface : IGrainWithStringKey;

    /// <summary>A reference through which grains can call <paramref name="obj"/>. Keep it until <see cref="DeleteObjectReference{T}"/>.</summary>
    TGrainObserverInterface CreateObjectReference<TGrainObserverInterface>(IGrainObserver obj) where TGrainObserverInterface : IGrainObserver;

    /// <summary>Stops delivering calls through a reference made by <see cref="CreateObjectReference{T}"/>.</summary>
    void DeleteObjectReference<TGrainObserverInterface>(IGrainObserver obj) where TGrainObserverInterface : IGrainObserver;
}
