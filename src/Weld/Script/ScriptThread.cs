namespace Weld.Script;

/// <summary>
/// One <c>(thread ...)</c> of a script: its commands run in order on an OS thread of their own, through a runner with
/// its own store and linker (so its registrations are its own), which sees only the modules the thread shares by name.
/// Instances of the parent's store stay in that store; what the thread may really use of them is what threads share,
/// shared memories. <c>(wait ...)</c> joins it and reports the failures it collected.
/// </summary>
internal sealed class ScriptThread
{
    /// <summary>How long a wait lets a thread run before interrupting it (a script that deadlocks must still end).</summary>
    public static readonly TimeSpan JoinTimeout = TimeSpan.FromMinutes(2);

    private readonly ThreadCommand _command;
    private readonly ScriptRunner _runner;
    private readonly Thread _thread;
    private readonly List<WastFailure> _failures = [];

    public ScriptThread(ThreadCommand command, ScriptRunner runner)
    {
        _command = command;
        _runner = runner;
        _thread = new Thread(Run) { IsBackground = true, Name = $"wast thread ${command.Name}" };
    }

    public void Start() => _thread.Start();

    private void Run()
    {
        foreach (var command in _command.Commands)
        {
            if (_runner.Run(command) is { } failure) _failures.Add(failure);
        }
        _runner.JoinAll(_failures);
    }

    /// <summary>Waits for the thread (interrupting its store after <see cref="JoinTimeout"/>); returns its failures.</summary>
    public IReadOnlyList<WastFailure> Join()
    {
        if (!_thread.Join(JoinTimeout))
        {
            _runner.Interrupt();
            _thread.Join();
            _failures.Add(new WastFailure(_command.Line, "thread", $"${_command.Name} to finish within {JoinTimeout}", "interrupted"));
        }
        return _failures;
    }
}
