using System.Text;
using PartyBuilding.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Run(args, Console.Out, Console.Error, steps: !Console.IsErrorRedirected);
