export { API_NAMES, isApiName, startFake, type ApiName, type StartedFake, type StartOptions } from './fakes.js';
export { parseFakeArgs, runFakeCommand, type FakeArgs, type CommandIo } from './command.js';
