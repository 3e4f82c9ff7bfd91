// The record format's enums (Difficulty, OutlineKind) are the model's: defined once, in the file linked from the runtime.
global using Guides.Records;
