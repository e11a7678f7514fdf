/**
 * qinqing (亲清): pure functions over plain data for government service to enterprises.
 *
 * @packageDocumentation
 */
export * from './core/index.js';
