module.exports = {
  ...require('../../jest.preset.js'),
  displayName: require('./project.json').name,
  rootDir: __dirname,
  // The tools are tested as processes, on real files.
  testTimeout: 60_000,
};
