namespace Weld.Diagnostics;

/// <summary>The spec's error strings in one place (matched by prefix in the spec tests).</summary>
internal static class Messages
{
    // Host values
    public const string FunctionOfAnotherStore = "function belongs to another store";

    // Exception handling
    /// <summary>Not a spec error: tags or exception instructions in an engine without <see cref="WasmFeatures.ExceptionHandling"/>.</summary>
    public const string ExceptionsDisabled = "tags and exception instructions need the exception handling feature (EngineOptions.Features)";
    public const string UnknownTag = "unknown tag";
    public const string DuplicateTag = "duplicate tag";
    public const string NonEmptyTagResult = "non-empty tag result type";
    public const string InvalidRethrowLabel = "invalid rethrow label";
    public const string MalformedCatchKind = "malformed catch clause";

    // Decoding (malformed)
    public const string UnexpectedEnd = "unexpected end";
    public const string UnexpectedEndOfSection = "unexpected end of section or function";
    public const string MagicHeader = "magic header not detected";
    public const string UnknownVersion = "unknown binary version";
    public const string IntegerTooLarge = "integer too large";
    public const string IntegerTooLong = "integer representation too long";
    public const string SectionSizeMismatch = "section size mismatch";
    public const string MalformedSectionId = "malformed section id";
    public const string MalformedUtf8 = "malformed UTF-8 encoding";
    public const string TooManyLocals = "too many locals";
    /// <summary>Not a spec error: a body beyond the engine's <c>MaxFunctionBodySize</c>.</summary>
    public const string FunctionBodyTooLarge = "function body too large";
    public const string DataCountInconsistent = "data count and data section have inconsistent lengths";
    public const string DataCountRequired = "data count section required";
    public const string FunctionCodeInconsistent = "function and code section have inconsistent lengths";
    public const string MalformedImportKind = "malformed import kind";
    public const string MalformedExportKind = "malformed export kind";
    public const string MalformedMutability = "malformed mutability";
    public const string MalformedReferenceType = "malformed reference type";
    public const string MalformedValueType = "malformed value type";
    public const string MalformedElementKind = "malformed element kind";
    public const string IllegalOpcode = "illegal opcode";
    public const string ZeroByteExpected = "zero byte expected";
    public const string JunkAfterLastSection = "junk after last section";
    public const string EndOpcodeExpected = "END opcode expected";
    public const string IntegerRepresentationTooLong = IntegerTooLong;
    public const string LengthOutOfBounds = "length out of bounds";
    public const string MalformedLimits = "malformed limits flags";
    /// <summary>Not a spec error: a typed reference type or instruction in an engine without
    /// <see cref="WasmFeatures.FunctionReferences"/>.</summary>
    public const string FunctionReferencesDisabled =
        "typed function references need the function references feature (EngineOptions.Features)";
    /// <summary>Not a spec error: shared memory or atomics in an engine without <see cref="WasmFeatures.Threads"/>.</summary>
    public const string ThreadsDisabled = "shared memories and atomic instructions need the threads feature (EngineOptions.Features)";
    public const string FeatureDisabled = "the instruction needs a feature the engine leaves out (EngineOptions.Features)";
    /// <summary>Limits flag 2 or 3 (shared) on a table: the threads proposal's message.</summary>
    public const string SharedTable = "tables cannot be shared (yet)";
    public const string UnexpectedContentAfterLastSection = "unexpected content after last section";
    public const string MalformedFunctionType = "malformed function type";
    public const string MalformedVectorType = "malformed vector type";
    public const string MalformedElementSegmentKind = "malformed elements segment kind";
    public const string MalformedDataSegmentKind = "malformed data segment kind";
    public const string MalformedMemopFlags = "malformed memop flags";
    /// <summary>A subsection of the name section that does not end where its size says (Weld's wording).</summary>
    public const string NameSubsectionSizeMismatch = "name subsection size mismatch";

    // Validation (invalid)
    public const string TypeMismatch = "type mismatch";
    public const string UnknownType = "unknown type";
    public const string UninitializedLocal = "uninitialized local";
    /// <summary>Not a spec error: a reference type of a hierarchy Weld does not implement yet (GC's any, exn).</summary>
    public const string UnsupportedReferenceType = "reference type not supported yet:";
    public const string UnknownFunction = "unknown function";
    public const string UnknownTable = "unknown table";
    public const string UnknownMemory = "unknown memory";
    public const string UnknownGlobal = "unknown global";
    public const string UnknownLocal = "unknown local";
    public const string UnknownLabel = "unknown label";
    public const string UnknownElemSegment = "unknown elem segment";
    public const string UnknownDataSegment = "unknown data segment";
    public const string GlobalImmutable = "global is immutable";
    /// <summary>The 3.0 specification's wording of <see cref="GlobalImmutable"/> (used when any 3.0 feature is on).</summary>
    public const string ImmutableGlobal = "immutable global";
    public const string AlignmentTooLarge = "alignment must not be larger than natural";
    public const string ConstantExpressionRequired = "constant expression required";
    public const string DuplicateExportName = "duplicate export name";
    public const string MultipleMemories = "multiple memories";
    public const string MultipleTables = "multiple tables";
    public const string MemorySizeLimit = "memory size must be at most 65536 pages (4GiB)";
    public const string Memory64SizeLimit = "memory size must be at most 2^48 pages";
    public const string SizeMinimumGreaterThanMaximum = "size minimum must not be greater than maximum";
    public const string TableSizeLimit = "table size must be at most 2^32-1";
    public const string SharedMemoryMaximum = "shared memory must have maximum";
    public const string AtomicAlignment = "atomic alignment must be natural";
    public const string StartFunction = "start function";
    public const string UndeclaredFunctionReference = "undeclared function reference";
    public const string InvalidResultArity = "invalid result arity";
    public const string InvalidLaneIndex = "invalid lane index";
    // The spec's string with Weld's detail after it.
    /// <summary>Operands that do not match an instruction's, in the reference interpreter's words.</summary>
    public static string OperandMismatch(string required, string found) =>
        $"{TypeMismatch}: instruction requires {required} but stack has {found}";
    /// <summary>Values left at a block's end beside its results, in the reference interpreter's words.</summary>
    public static string BlockMismatch(string required, string found) =>
        $"{TypeMismatch}: block requires {required} but stack has {found}";
    public const string ElseWithoutIf = TypeMismatch + ": else without if";
    public const string BrTableLabelsOutOfRange = UnknownLabel + ": br_table labels out of range";

    // Linking
    public const string UnknownImport = "unknown import";
    public const string IncompatibleImportType = "incompatible import type";

    // Text format (malformed); the spec tests match these by prefix.
    public const string UnexpectedToken = "unexpected token";
    public const string UnknownOperator = "unknown operator";
    public const string ConstantOutOfRange = "constant out of range";
    public const string I32ConstantOutOfRange = "i32 constant out of range";
    /// <summary>3.0's text format: a lane index (or shuffle lane) that is not a u8; 2.0 says <see cref="MalformedLaneIndex"/>.</summary>
    public const string I8ConstantOutOfRange = "i8 constant out of range";
    public const string I64ConstantOutOfRange = "i64 constant out of range";
    public const string OffsetOutOfRange = "offset out of range";
    /// <summary>Not a spec error: a 64-bit memory or table in an engine without <see cref="WasmFeatures.Memory64"/>.</summary>
    public const string Memory64Disabled = "64-bit memories and tables need the memory64 feature (EngineOptions.Features)";
    public const string InlineFunctionType = "inline function type";
    public const string MismatchingLabel = "mismatching label";
    public const string Alignment = "alignment must be a power of two";
    public const string MultipleStart = "multiple start sections";
    public const string UnclosedComment = "unclosed comment";
    public const string UnclosedString = "unclosed string literal";
    public const string IllegalEscape = "illegal escape";
    public const string IllegalCharacter = "illegal character";
    public const string EmptyIdentifier = "empty identifier";
    public const string EmptyAnnotationId = "empty annotation id";
    public const string UnclosedAnnotation = "unclosed annotation";
    public const string NestingTooDeep = "nesting too deep";
    public const string WrongLaneCount = "wrong number of lane literals";
    public const string MalformedLaneIndex = "malformed lane index";
    public const string InvalidLaneLength = "invalid lane length";
    public const string DuplicateType = "duplicate type";
    public const string DuplicateFunc = "duplicate func";
    public const string DuplicateTable = "duplicate table";
    public const string DuplicateMemory = "duplicate memory";
    public const string DuplicateGlobal = "duplicate global";
    public const string DuplicateElem = "duplicate elem";
    public const string DuplicateData = "duplicate data";
    public const string DuplicateLocal = "duplicate local";
    /// <summary>An import after a definition of this kind.</summary>
    public const string ImportAfterFunction = "import after function";
    public const string ImportAfterTable = "import after table";
    public const string ImportAfterMemory = "import after memory";
    public const string ImportAfterGlobal = "import after global";
    public const string ImportAfterTag = "import after tag";

    // Store lifetime
    public const string StoreDisposed = "the store was disposed";
    public const string StoreInUseByAnotherThread = "the store is in use by another thread (a store is used by one thread at a time)";
}
