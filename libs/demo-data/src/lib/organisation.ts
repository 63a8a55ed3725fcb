import type { Faker } from '@faker-js/faker';

/** The simulated company: teams, the services they run, and their people. */
export interface Team {
  name: string;
  services: string[];
  editors: string[];
  reviewer: string;
}

const TEAMS: { name: string; services: string[] }[] = [
  { name: 'commerce-platform', services: ['storefront', 'checkout', 'orders-db', 'cart'] },
  { name: 'payments', services: ['payments-api', 'ledger', 'fraud-scoring'] },
  { name: 'identity', services: ['auth', 'sso-gateway', 'user-profile'] },
  { name: 'search', services: ['search-api', 'indexer', 'recommendations'] },
  { name: 'platform', services: ['kubernetes', 'edge-proxy', 'dns', 'message-bus'] },
  { name: 'data', services: ['warehouse', 'etl-pipeline', 'reporting'] },
];

const email = (faker: Faker) => {
  const first = faker.person.firstName().toLowerCase().replace(/[^a-z]/g, '');
  const last = faker.person.lastName().toLowerCase().replace(/[^a-z]/g, '');
  return `${first}.${last}@shop.example`;
};

export const organisation = (faker: Faker): Team[] =>
  TEAMS.map((team) => ({ ...team, editors: [email(faker), email(faker), email(faker)], reviewer: email(faker) }));
