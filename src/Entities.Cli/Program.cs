using System.CommandLine;
using Entities.Cli.Commands;

var root = new RootCommand("Entities: French named-entity extraction.");
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(TagCommand.Create());
return root.Parse(args).Invoke();
