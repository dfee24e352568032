using System.Reflection;
using System.Reflection.Emit;
using Weld.Runtime;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

/// <summary>
/// The legacy exception instructions. A try with catch clauses is an IL try block around its body whose handler
/// picks the clause (payload into the homes of the try's height, the exception into the clause's local for rethrow)
/// and leaves to the clause's body, emitted after the handler as ordinary code. A delegate's handler throws the
/// exception again marked with a token of this invocation and the control depth of the try that must handle it: the
/// handlers between (deeper) let it pass; other invocations see a plain exception.
/// </summary>
internal sealed partial class FunctionCompiler
{
    private static readonly MethodInfo s_delegated = Members.Method(typeof(FunctionCompiler), nameof(Delegated));
    private static readonly MethodInfo s_passesBy = Members.Method(typeof(FunctionCompiler), nameof(PassesBy));

    /// <summary>Index of the body instruction being translated.</summary>
    private int _at;
    /// <summary>This invocation's delegate token (made by the first delegate that runs); null when the body has no delegate.</summary>
    private LocalBuilder? _delegateToken;

    /// <summary>A delegated copy of an exception (see the class summary).</summary>
    public static WasmException Delegated(ExceptionInstance e, object token, int depth) =>
        new(e) { DelegateToken = token, DelegateDepth = depth };

    /// <summary>Whether a handler at control depth <paramref name="depth"/> lets a delegated exception pass.</summary>
    public static bool PassesBy(WasmException e, object? token, int depth) =>
        token is not null && ReferenceEquals(e.DelegateToken, token) && e.DelegateDepth < depth;

    /// <summary>Before the body: the delegate token's local, if some delegate needs it.</summary>
    private void PrepareExceptions()
    {
        foreach (ref readonly var ins in _body.Code.AsSpan())
        {
            if (ins.Op != Opcode.Delegate) continue;
            _delegateToken = _il.DeclareLocal(typeof(object));
            return;
        }
    }

    private bool LegacyExceptions(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.Try: Try(in ins); return true;
            case Opcode.Catch or Opcode.CatchAll: LegacyCatch(); return true;
            case Opcode.Delegate: Delegate(ins.A); return true;
            case Opcode.Rethrow:
                _il.Emit(OpCodes.Ldloc, Frame(ins.A).ExnLocal!);
                EmitFuelSync();
                _il.Emit(OpCodes.Call, s_thrownRef);
                _il.Emit(OpCodes.Throw);
                MarkUnreachable();
                return true;
            default: return false;
        }
    }

    private void Try(in Instr ins)
    {
        var (ps, rs) = BlockType(ins.A);
        SpillFrom(0);
        var c = PushCtrl(CtrlKind.Block, ps, rs);
        c.Label = _il.DefineLabel();
        var (tags, delegates) = ScanClauses();
        if (tags.Count == 0 && !delegates) return; // catches nothing: a block
        c.LegacyTry = true;
        c.CatchTags = [.. tags];
        c.CatchLabels = new Label[tags.Count];
        c.CatchExns = new LocalBuilder[tags.Count];
        for (int i = 0; i < tags.Count; i++)
        {
            c.CatchLabels[i] = _il.DefineLabel();
            c.CatchExns[i] = Temp(typeof(ExceptionInstance));
        }
        _tryDepth++;
        _il.BeginExceptionBlock();
    }

    /// <summary>The catch clauses of the try at <see cref="_at"/> (tag index, -1 for catch_all) and whether it ends with
    /// a delegate.</summary>
    private (List<int> Tags, bool Delegates) ScanClauses()
    {
        var code = _body.Code;
        var tags = new List<int>();
        int nest = 0;
        for (int pc = _at + 1; pc < code.Length; pc++)
        {
            switch (code[pc].Op)
            {
                case Opcode.Block or Opcode.Loop or Opcode.If or Opcode.Try or Opcode.TryTable: nest++; break;
                case Opcode.End when nest == 0: return (tags, false);
                case Opcode.Delegate when nest == 0: return (tags, true);
                case Opcode.End or Opcode.Delegate: nest--; break;
                case Opcode.Catch when nest == 0: tags.Add(code[pc].A); break;
                case Opcode.CatchAll when nest == 0: tags.Add(-1); break;
            }
        }
        return (tags, false);
    }

    /// <summary>Ends the try body: its results to the end label, then the IL handler. Leaves the handler's exception in
    /// a local and returns it.</summary>
    private LocalBuilder EndLegacyTryBody(Ctrl c)
    {
        if (!_unreachable)
        {
            SpillFrom(c.Height);
            c.Targeted = true;
            _il.Emit(OpCodes.Leave, c.Label);
        }
        _tryDepth--;
        _il.BeginCatchBlock(typeof(WasmException));
        var ex = Temp(typeof(WasmException));
        _il.Emit(OpCodes.Stloc, ex);
        EmitPassBy(ex, c.Index);
        EmitFuelAfterCall();
        ReloadMemories();
        return ex;
    }

    /// <summary>In a handler of a body with a delegate: rethrows an exception delegated past this depth.</summary>
    private void EmitPassBy(LocalBuilder ex, int depth)
    {
        if (_delegateToken is null) return;
        var handle = _il.DefineLabel();
        _il.Emit(OpCodes.Ldloc, ex);
        _il.Emit(OpCodes.Ldloc, _delegateToken);
        _il.Emit(OpCodes.Ldc_I4, depth);
        _il.Emit(OpCodes.Call, s_passesBy);
        _il.Emit(OpCodes.Brfalse, handle);
        _il.Emit(OpCodes.Rethrow);
        _il.MarkLabel(handle);
    }

    private void LegacyCatch()
    {
        var c = _ctrls[^1];
        if (!c.InCatch)
        {
            var ex = EndLegacyTryBody(c);
            var e = Temp(typeof(ExceptionInstance));
            _il.Emit(OpCodes.Ldloc, ex);
            _il.Emit(OpCodes.Call, s_exceptionInstance);
            _il.Emit(OpCodes.Stloc, e);
            var def = _unit.Definition;
            for (int i = 0; i < c.CatchTags!.Length; i++)
            {
                int tag = c.CatchTags[i];
                var next = _il.DefineLabel();
                ValueKind[] payload = [];
                if (tag >= 0)
                {
                    _il.Emit(OpCodes.Ldloc, e);
                    _il.Emit(OpCodes.Call, s_exceptionTag);
                    LoadInstance();
                    _il.Emit(OpCodes.Ldfld, s_tags);
                    _il.Emit(OpCodes.Ldc_I4, tag);
                    _il.Emit(OpCodes.Ldelem_Ref);
                    _il.Emit(OpCodes.Bne_Un, next);
                    payload = Kinds(def.FuncTypeAt(def.TagTypeIndex(tag)).ParamArray);
                }
                EmitUnpack(e, payload, c.Height);
                _il.Emit(OpCodes.Ldloc, e);
                _il.Emit(OpCodes.Stloc, c.CatchExns![i]);
                _il.Emit(OpCodes.Leave, c.CatchLabels![i]);
                _il.MarkLabel(next);
            }
            _il.Emit(OpCodes.Rethrow);
            _il.EndExceptionBlock();
            c.InCatch = true;
        }
        else if (!_unreachable)
        {
            // The previous catch body falls through to the end.
            SpillFrom(c.Height);
            c.Targeted = true;
            _il.Emit(OpCodes.Br, c.Label);
        }
        int k = c.NextCatch++;
        _il.MarkLabel(c.CatchLabels![k]);
        _unreachable = false;
        _count = c.Height;
        int tagIdx = c.CatchTags![k];
        if (tagIdx >= 0)
            foreach (var p in Kinds(_unit.Definition.FuncTypeAt(_unit.Definition.TagTypeIndex(tagIdx)).ParamArray)) Push(p, onIl: false);
        c.ExnLocal = c.CatchExns![k];
    }

    /// <summary>Payload values into the homes from stack position <paramref name="height"/> on.</summary>
    private void EmitUnpack(LocalBuilder e, ValueKind[] payload, int height)
    {
        int slot = 0;
        for (int k = 0; k < payload.Length; k++)
        {
            _il.Emit(OpCodes.Ldloc, e);
            _il.Emit(OpCodes.Ldc_I4, slot);
            _il.Emit(OpCodes.Call, Members.Method(typeof(ExceptionInstance), "Get" + AccessorOf(payload[k])));
            _il.Emit(OpCodes.Stloc, Home(height + k, payload[k]));
            slot += payload[k] == ValueKind.V128 ? 2 : 1;
        }
    }

    private void EndLegacyTry(Ctrl c, bool fallsThrough)
    {
        if (fallsThrough)
        {
            SpillFrom(c.Height);
            c.Targeted = true;
        }
        if (c.Targeted)
        {
            _il.MarkLabel(c.Label);
            ResultsInHomes(c);
        }
        else LeaveDead(c);
    }

    /// <summary>delegate l: the try body's exceptions go to the handlers of label l, outside the try.</summary>
    private void Delegate(int depth)
    {
        var c = _ctrls[^1];
        var ex = EndLegacyTryBody(c);
        // The try whose body contains label l handles it; none: the exception leaves the function.
        int target = -1;
        for (int i = c.Index - 1 - depth; i >= 0; i--)
        {
            var f = _ctrls[i];
            if ((f.LegacyTry && !f.InCatch) || f.IsTry)
            {
                target = i;
                break;
            }
        }
        var token = _delegateToken!;
        _il.Emit(OpCodes.Ldloc, token);
        var made = _il.DefineLabel();
        _il.Emit(OpCodes.Brtrue, made);
        _il.Emit(OpCodes.Newobj, typeof(object).GetConstructor(Type.EmptyTypes)!);
        _il.Emit(OpCodes.Stloc, token);
        _il.MarkLabel(made);
        _il.Emit(OpCodes.Ldloc, ex);
        _il.Emit(OpCodes.Call, s_exceptionInstance);
        _il.Emit(OpCodes.Ldloc, token);
        _il.Emit(OpCodes.Ldc_I4, target);
        _il.Emit(OpCodes.Call, s_delegated);
        _il.Emit(OpCodes.Throw);
        _il.EndExceptionBlock();
        _ctrls.RemoveAt(_ctrls.Count - 1);
        EndLegacyTry(c, fallsThrough: false);
    }
}
