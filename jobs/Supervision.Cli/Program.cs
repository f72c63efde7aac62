using Supervision.Cli.Commands;

return Cli.Run(args);
