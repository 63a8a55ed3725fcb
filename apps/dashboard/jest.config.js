// Component tests: React in jsdom, with Testing Library.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: require('./project.json').name,
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup.ts'],
  moduleNameMapper: {
    ...require('../../jest.preset.js').moduleNameMapper,
    '\\.css$': '<rootDir>/src/testing/style-stub.js',
  },
};
