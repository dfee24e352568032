namespace Weld.Syntax;

/// <summary>The exception handling instructions (gated by <see cref="WasmFeatures.ExceptionHandling"/>), and the
/// layout of try_table's catch clauses in <see cref="FunctionBody.BrTables"/>: three entries per clause (kind, tag
/// index or -1, label), after the clause count at the instruction's B (C holds a packed block type, as block's).</summary>
internal static class ExceptionOpcodes
{
    public const int Catch = 0, CatchRef = 1, CatchAll = 2, CatchAllRef = 3;

    public static bool Is(Opcode op) => op is Opcode.Throw or Opcode.ThrowRef or Opcode.TryTable or Opcode.Try or Opcode.Catch
        or Opcode.CatchAll or Opcode.Delegate or Opcode.Rethrow;

    /// <summary>Whether the clause kind pushes the exnref after the payload.</summary>
    public static bool HasRef(int kind) => kind is CatchRef or CatchAllRef;

    /// <summary>Whether the clause kind matches one tag (else every exception).</summary>
    public static bool HasTag(int kind) => kind is Catch or CatchRef;
}
