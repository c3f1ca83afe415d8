#!/usr/bin/env node
// `npx contactkit-mock [api ...] [--port <first>]`: Prism mocks of every
// @contactkit client installed in this project, until Ctrl-C.
import '@contactkit/runtime/mock-cli';
