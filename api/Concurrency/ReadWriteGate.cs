namespace RolesBoard.Api.Concurrency;

/// <summary>
/// Many readers or one writer, for the in-memory indexes that requests read while a sync writes: a read takes no
/// lock a writer could block for long, and a writer sees no reader mid-way.
/// </summary>
public sealed class ReadWriteGate
{
    private readonly ReaderWriterLockSlim _lock = new();

    public T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public void Write(Action write)
    {
        _lock.EnterWriteLock();
        try
        {
            write();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }
}
