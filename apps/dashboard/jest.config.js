// Component tests: React in jsdom, with Testing Library.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: require('./project.json').name,
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  // A form filled key by key in jsdom takes seconds when the suite shares two cores with the API's tests.
  testTimeout: 20_000,
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup.ts'],
  moduleNameMapper: {
    ...require('../../jest.preset.js').moduleNameMapper,
    '\\.css$': '<rootDir>/src/testing/style-stub.js',
  },
};
