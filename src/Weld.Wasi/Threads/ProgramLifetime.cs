using System.Runtime.ExceptionServices;

namespace Weld.Wasi.Threads;

/// <summary>
/// How a WASI program ends, whichever of its threads ends it: the first <c>proc_exit</c>, trap or host failure in any
/// thread, or its main thread returning, decides the outcome; later ones are the interrupted threads unwinding.
/// <see cref="Token"/> is cancelled at the end, which interrupts every thread still running wasm (each thread's call
/// is made with it) and wakes host calls that sleep.
/// </summary>
internal sealed class ProgramLifetime
{
    // Never disposed: threads may still register on the token while they unwind, and the source holds no timer.
    private readonly CancellationTokenSource _ended = new();
    private readonly Lock _lock = new();
    private ExceptionDispatchInfo? _failure;
    private int? _exitCode;

    public CancellationToken Token => _ended.Token;

    public bool HasEnded => _ended.IsCancellationRequested;

    /// <summary>Ends the program with an exit code (0 when the main thread returned), unless it already ended.</summary>
    public void Exit(int code) => End(code, null);

    /// <summary>Ends the program with a trap or another exception from one of its threads, unless it already ended.</summary>
    public void Fail(Exception failure) => End(null, ExceptionDispatchInfo.Capture(failure));

    /// <summary>Ends the program from outside (the host disposed its context), unless it already ended: its threads
    /// are interrupted and the main thread's run ends with the trap "interrupted".</summary>
    public void Stop() => Fail(new TrapException(TrapCode.Interrupted));

    /// <summary>The program's exit code; throws the failure (with its original stack) when one ended it.</summary>
    public int Outcome()
    {
        lock (_lock)
        {
            _failure?.Throw();
            return _exitCode ?? 0;
        }
    }

    private void End(int? code, ExceptionDispatchInfo? failure)
    {
        lock (_lock)
        {
            if (_exitCode is not null || _failure is not null) return;
            _exitCode = code;
            _failure = failure;
        }
        _ended.Cancel();
    }
}
