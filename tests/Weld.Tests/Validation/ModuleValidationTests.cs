using Weld.Diagnostics;
using Weld.Syntax;
using Weld.Validation;
using static Weld.Tests.Validation.Ins;
using static Weld.Tests.Validation.ModuleBuilder;

namespace Weld.Tests.Validation;

public class ModuleValidationTests
{
    [Fact]
    public void EmptyModuleIsValid()
    {
        var m = new ModuleBuilder();
        Assert.Same(m.Def, m.Validate().Definition);
    }

    [Fact]
    public void EveryDefinedBodyIsValidatedAgainstItsOwnType()
    {
        var m = new ModuleBuilder();
        m.ImportFunc(m.Type([], []));
        m.Func();
        m.Func(Nop);
        Assert.Same(m.Def, m.Validate().Definition);
        m.Func([], [i32], [], I64(1)); // the third body (after an import) returns the wrong type
        m.Invalid("type mismatch");
    }

    [Fact]
    public void FunctionWithUnknownTypeIndex()
    {
        var m = new ModuleBuilder();
        m.FuncWithType(2, [], [], []);
        m.Invalid("unknown type 2");
    }

    [Fact]
    public void ImportWithUnknownTypeIndex()
    {
        var m = new ModuleBuilder();
        m.Type([], []);
        m.ImportFunc(1);
        m.Invalid(Messages.UnknownType);
    }

    [Fact]
    public void MultipleMemoriesNeedMultiMemory()
    {
        var two = new ModuleBuilder().Memory().Memory();
        var ex = Assert.Throws<InvalidModuleException>(() => Validator.Validate(two.Def, WasmFeatures.Threads));
        Assert.StartsWith(Messages.MultipleMemories, ex.Message, StringComparison.Ordinal);
        var imported = new ModuleBuilder().Import(ExternKind.Memory, new MemoryType(1)).Memory();
        Assert.Throws<InvalidModuleException>(() => Validator.Validate(imported.Def, WasmFeatures.None));
        two.Validate();
        imported.Validate();
    }

    [Fact]
    public void MultipleTablesAreValid()
    {
        var m = new ModuleBuilder().Import(ExternKind.Table, new TableType(funcref, 1)).Table().Table(elem: externref);
        m.Validate();
    }

    [Theory]
    [InlineData(65537UL, null, "memory size must be at most 65536 pages (4GiB)")]
    [InlineData(0UL, 65537UL, "memory size must be at most 65536 pages (4GiB)")]
    [InlineData(2UL, 1UL, "size minimum must not be greater than maximum")]
    public void MemoryLimits(ulong min, ulong? max, string message)
    {
        new ModuleBuilder().Memory(min, max).Invalid(message);
        new ModuleBuilder().Import(ExternKind.Memory, new MemoryType(min, max)).Invalid(message);
    }

    [Fact]
    public void MemoryLimitsAtTheBoundAreValid() => new ModuleBuilder().Memory(65536, 65536).Validate();

    [Fact]
    public void TableLimits()
    {
        new ModuleBuilder().Table(3, 2).Invalid(Messages.SizeMinimumGreaterThanMaximum);
        new ModuleBuilder().Table(0, uint.MaxValue).Validate();
    }

    [Fact]
    public void DuplicateExportName()
    {
        var m = new ModuleBuilder().Memory();
        m.Func();
        m.Export("a", ExternKind.Function, 0).Export("a", ExternKind.Memory, 0).Invalid(Messages.DuplicateExportName);
    }

    [Theory]
    [InlineData(ExternKind.Function, "unknown function 1")]
    [InlineData(ExternKind.Table, "unknown table 1")]
    [InlineData(ExternKind.Memory, "unknown memory 1")]
    [InlineData(ExternKind.Global, "unknown global 1")]
    public void ExportOfUnknownIndex(ExternKind kind, string message)
    {
        var m = new ModuleBuilder().Memory().Table().Global(i32, false, I32(0));
        m.Func();
        m.Export("x", kind, 0).Validate();
        m.Export("y", kind, 1).Invalid(message);
    }

    [Fact]
    public void StartFunctionMustBeNullary()
    {
        var m = new ModuleBuilder();
        int f = m.Func([i32], [], []);
        m.Def.Start = f;
        m.Invalid(Messages.StartFunction);

        var r = new ModuleBuilder();
        r.Def.Start = r.Func([], [i32], [], I32(0));
        r.Invalid(Messages.StartFunction);

        var ok = new ModuleBuilder();
        ok.Def.Start = ok.Func();
        ok.Validate();
    }

    [Fact]
    public void StartOfUnknownFunction()
    {
        var m = new ModuleBuilder();
        m.Def.Start = 0;
        m.Invalid("unknown function 0");
    }

    [Fact]
    public void FunctionAndCodeCountsMustAgree()
    {
        var m = new ModuleBuilder();
        m.Def.Functions.Add(m.Type([], []));
        m.Invalid(Messages.FunctionCodeInconsistent);
    }

    [Fact]
    public void UndeclaredFunctionReference()
    {
        var m = new ModuleBuilder();
        m.Func(RefFunc(0), Drop);
        m.Invalid(Messages.UndeclaredFunctionReference);
    }

    [Fact]
    public void StartDoesNotDeclareAReference()
    {
        var m = new ModuleBuilder();
        m.Def.Start = m.Func(RefFunc(0), Drop);
        m.Invalid(Messages.UndeclaredFunctionReference);
    }

    [Fact]
    public void ReferencesDeclaredByExportGlobalOrElement()
    {
        var byExport = new ModuleBuilder();
        byExport.Func(RefFunc(0), Drop);
        byExport.Export("f", ExternKind.Function, 0).Validate();

        var byGlobal = new ModuleBuilder().Global(funcref, false, RefFunc(0));
        byGlobal.Func(RefFunc(0), Drop);
        byGlobal.Validate();

        var byElem = new ModuleBuilder().Elem(new ElementSegment { Mode = SegmentMode.Declarative, Items = [[RefFunc(0)]] });
        byElem.Func(RefFunc(0), Drop);
        byElem.Validate();
    }

    [Fact]
    public void RefFuncOfUnknownFunction()
    {
        var m = new ModuleBuilder();
        m.Func(RefFunc(5), Drop);
        m.Invalid("unknown function 5");
    }
}
