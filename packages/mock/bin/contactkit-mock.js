#!/usr/bin/env node
// The `contactkit-mock` command. A file of its own, outside dist/, so that a
// workspace install can link it before anything is built.
import '../dist/cli.js';
